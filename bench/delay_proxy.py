#!/usr/bin/env python3
"""A TCP proxy that delays every byte by a fixed time in each direction, as a server in another
zone or region would: `delay_proxy.py LISTEN_PORT TARGET_PORT DELAY_MS`. Order is kept; the
delay is added once per direction, however the bytes are chunked, so one query and its answer
cost two delays (a round trip). Prints "ready" when it listens. For bench/distant.sh."""
import asyncio
import sys


async def pump(reader, writer, delay, loop):
    queue = asyncio.Queue()

    async def forward():
        while True:
            due, data = await queue.get()
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            if not data:
                writer.close()
                return
            writer.write(data)
            await writer.drain()

    sender = asyncio.ensure_future(forward())
    try:
        while True:
            data = await reader.read(65536)
            await queue.put((loop.time() + delay, data))
            if not data:
                break
        await sender
    except (ConnectionError, asyncio.CancelledError):
        sender.cancel()
        writer.close()


async def main():
    listen_port, target_port, delay = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]) / 1000
    loop = asyncio.get_running_loop()

    async def handle(client_reader, client_writer):
        try:
            server_reader, server_writer = await asyncio.open_connection("127.0.0.1", target_port)
        except OSError:
            client_writer.close()
            return
        await asyncio.gather(pump(client_reader, server_writer, delay, loop),
                             pump(server_reader, client_writer, delay, loop), return_exceptions=True)

    server = await asyncio.start_server(handle, "127.0.0.1", listen_port)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())
