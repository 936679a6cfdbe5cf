/* The ledger's alert queue (alert.h): rows to send, claimed by one run at
 * a time, and their outcome. */
#ifndef LEDGER_ALERT_H
#define LEDGER_ALERT_H

#include <time.h>

struct ledger;

struct ledger_alert {
	long long id;
	char *route, *event;
	long long ticket;
	char *level, *title, *text, *payload;
	time_t created, next_try;
	char *state;		/* queued, sending, sent, failed */
	long long attempts;
	time_t sent;
	char *last_error;
};

/* Queues one alert unless its dedup key is there already: 1 queued, 0
 * queued before, -1 with *err. */
int ledger_alert_queue(struct ledger *l, const char *route, const char *event,
    long long ticket, const char *dedup, const char *level, const char *title,
    const char *text, const char *payload, time_t now, time_t next_try,
    char **err);
/* Whether an alert with this dedup key was queued: 1, 0, -1. */
int ledger_alert_queued(struct ledger *l, const char *dedup, char **err);
/* Alerts to send at now (queued and due, or left 'sending'), oldest
 * first; with all, every alert (for listing). Caller frees with
 * ledger_alerts_free. 0, or -1 with *err. */
int ledger_alerts(struct ledger *l, time_t now, int all,
    struct ledger_alert **out, size_t *n, char **err);
void ledger_alerts_free(struct ledger_alert *a, size_t n);
/* Marks it 'sending' with one more attempt: 1 when this run has it, 0
 * when another run took it meanwhile, -1. */
int ledger_alert_claim(struct ledger *l, long long id, char **err);
/* The outcome: sent at now; or to try again at next_try (queued) or
 * never (failed), with why. */
int ledger_alert_sent(struct ledger *l, long long id, time_t now, char **err);
int ledger_alert_retry(struct ledger *l, long long id, time_t next_try,
    int failed, const char *why, char **err);

#endif
