/* The metrics endpoint: GET /metrics answered with a collector's text
 * exposition (metrics.h) by an HTTP server in a thread of its own
 * (libmicrohttpd, only here); anything else is 404 (405 for another
 * method). */
#ifndef METRICS_HTTP_H
#define METRICS_HTTP_H

struct metrics;
struct metrics_http;

/* Listens on listen ([metrics] listen: conf_listen_parse) and serves m,
 * which must outlive the server. The thread inherits the caller's signal
 * mask: start it with the signals the main thread waits for blocked. 0
 * and *out, or -1 with *err (caller frees). */
int metrics_http_start(struct metrics *m, const char *listen,
    struct metrics_http **out, char **err);
/* Stops serving (waits for a request in progress). NULL-safe; sets *h
 * to NULL. */
void metrics_http_stop(struct metrics_http **h);
/* What they run: metrics-http.c, the module mailtriage-http.so
 * (libmicrohttpd), loaded by module.c when the endpoint starts. */
int metrics_http_start_mhd(struct metrics *m, const char *listen,
    struct metrics_http **out, char **err);
void metrics_http_stop_mhd(struct metrics_http **h);

#endif
