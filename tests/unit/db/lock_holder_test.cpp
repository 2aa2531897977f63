#include "db/lock_holder.hpp"

#include <gtest/gtest.h>

namespace qdb::db {
namespace {

LockHolder visible_holder() {
  LockHolder h;
  h.pid = 4242;
  h.user = "deployer";
  h.application = "deploy-job-42";
  h.viewer = "app";
  h.connected_since = "2026-01-02 03:04:05 UTC";
  h.connected_seconds = 12;
  return h;
}

TEST(LockHolder, ATcpClientIsNamedByAddressAndPort) {
  LockHolder h = visible_holder();
  h.client_address = "10.0.0.7";
  h.client_port = 51234;
  EXPECT_EQ(describe_lock_holder(h),
            "pid 4242 (deploy-job-42, user deployer, from 10.0.0.7:51234, connected since 2026-01-02 03:04:05 UTC, "
            "12 s ago)");
  h.client_address = "::1";
  EXPECT_EQ(describe_lock_holder(h),
            "pid 4242 (deploy-job-42, user deployer, from [::1]:51234, connected since 2026-01-02 03:04:05 UTC, "
            "12 s ago)");
}

TEST(LockHolder, OnlyAUnixSocketIsALocalSocket) {
  LockHolder h = visible_holder();
  h.client_port = -1;
  EXPECT_EQ(describe_lock_holder(h),
            "pid 4242 (deploy-job-42, user deployer, from local socket, connected since 2026-01-02 03:04:05 UTC, "
            "12 s ago)");
  h.client_port.reset();
  h.application.clear();
  EXPECT_EQ(describe_lock_holder(h),
            "pid 4242 (unknown application, user deployer, from an unknown client, connected since 2026-01-02 "
            "03:04:05 UTC, 12 s ago)");
}

TEST(LockHolder, HiddenDetailsAreSaidToBeHidden) {
  LockHolder h = visible_holder();
  h.details_visible = false;
  h.connected_since.clear();
  h.connected_seconds = 0;
  EXPECT_EQ(describe_lock_holder(h),
            "pid 4242 (deploy-job-42, user deployer; its client address and connection time are hidden from role "
            "app: pg_stat_activity shows them only to the same role, members of pg_read_all_stats and superusers)");
}

}  // namespace
}  // namespace qdb::db
