/* Sending one alert over its route's channel (alert.h queues them). */
#ifndef ALERT_SEND_H
#define ALERT_SEND_H

struct conf;
struct conf_alert;
struct ledger_alert;

/* Sends a over r, taking at most the route's timeout (or limit
 * seconds, when shorter and not 0): 0, or -1 with *err (never the
 * secret) and *permanent when trying again cannot help (a rejected
 * request, a certificate that does not verify, a URL that is not
 * https or loopback http). */
int alert_send(const struct conf *c, const struct conf_alert *r,
    const struct ledger_alert *a, double limit, char **err, int *permanent);
/* What alert_send runs: alert-send.c, the module mailtriage-alert.so
 * (libcurl), loaded by module.c when the first alert goes out. */
int alert_send_curl(const struct conf *c, const struct conf_alert *r,
    const struct ledger_alert *a, double limit, char **err, int *permanent);

#endif
