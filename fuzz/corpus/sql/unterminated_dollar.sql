SELECT $x$ never closed;
/* and this