/* What mailtriage shows a monitor: its metric families (one table), how
 * a filed message, an IMAP account's state and the ledger's gauges are
 * counted into a collector (metrics.h), and the files they are written
 * to: [metrics] textfile for node_exporter (sla, poll) and poll's state
 * file beside the ledger (read by mailtriage status). */
#ifndef MONITOR_H
#define MONITOR_H

#include <sys/types.h>
#include <time.h>

struct conf;
struct ledger;
struct metrics;
struct triage;

enum monitor_family {
	MON_BUILD_INFO,		/* {version} 1 */
	MON_START_TIME,		/* process start, unix seconds */
	MON_MESSAGES,		/* {priority, signal, outcome} counter */
	MON_RULE_HITS,		/* {rule} counter */
	MON_RULE_ERRORS,	/* {rule} counter: match limit, error */
	MON_IMAP_UP,		/* {account} 0/1 */
	MON_IMAP_RECONNECTS,	/* {account} counter */
	MON_IMAP_SYNC_ERRORS,	/* {account} counter */
	MON_IMAP_LAST_SYNC,	/* {account} unix seconds */
	MON_TICKETS_OPEN,	/* {level} */
	MON_TICKETS_OVERDUE,	/* {level} */
	MON_TICKETS_LATE,	/* {level} */
	MON_LEDGER_MESSAGES,	/* {priority, state} */
	MON_LEDGER_AUTO,
	MON_LEDGER_LAST_FILED,
	MON_ALERTS,		/* {state} */
	MON_ALERT_OLDEST,
	MON_ESCALATIONS,
	MON_LEDGER_READ,	/* when the ledger gauges were read */
	MON_FAMILY_COUNT
};

/* A collector of our families, with build info and start time. Free
 * with metrics_free(). */
struct metrics *monitor_new(time_t started);

/* Outcomes of a message (MON_MESSAGES). */
#define MONITOR_FILED "filed"
#define MONITOR_DUPLICATE "duplicate"
#define MONITOR_DEFERRED "deferred"

/* Counts t with outcome; for a filed one also the rules that hit and
 * those that failed (a match limit: t->match.error). m may be NULL. */
void monitor_message(struct metrics *m, const struct triage *t,
    const char *outcome);

/* The same for a collector in another process (lmtpd's workers tell
 * its metrics process over a pipe): t (NULL: not classified) and outcome
 * as one line of at most MONITOR_EVENT_MAX bytes (PIPE_BUF: one write is
 * one event). Caller frees. */
#define MONITOR_EVENT_MAX 4096
char *monitor_event(const struct triage *t, const char *outcome);
/* Counts a line monitor_event made into m. 0, or -1 if malformed. */
int monitor_event_count(struct metrics *m, const char *line);

/* An IMAP account's connection: up or down (its counters start at 0);
 * a connection attempt (after the account was up once: a reconnect); a
 * synced folder at t; a failed pass (down). m may be NULL. */
void monitor_account_up(struct metrics *m, const char *account, int up);
void monitor_account_connecting(struct metrics *m, const char *account);
void monitor_account_synced(struct metrics *m, const char *account,
    time_t t);
void monitor_account_failed(struct metrics *m, const char *account);

/* Reads the ledger's gauges at now (tickets open, overdue and late by
 * level, messages, alert queue, escalations) and sets them in m at once.
 * 0, or -1 with *err (caller frees): m is left as it was. */
int monitor_ledger(struct metrics *m, struct ledger *l, time_t now,
    char **err);

/* Poll's cycle: the ledger's gauges into m, then the textfile and the
 * state file written. Problems are logged (a new one as a warning),
 * never fatal. */
void monitor_publish(const struct conf *c, struct ledger *l,
    struct metrics *m);

/* [metrics] textfile, when set: the ledger's gauges written atomically.
 * 0 (also when not set), or -1 with *err (caller frees). */
int monitor_textfile(const struct conf *c, struct ledger *l, time_t now,
    char **err);

/* Poll's state file beside the ledger (LEDGER.poll.prom): m's metrics
 * after a "# mailtriage poll pid N" line. Caller frees the path. */
char *monitor_state_path(const struct conf *c);
int monitor_state_write(const struct conf *c, struct metrics *m, char **err);
/* Reads it into m: 1 with *pid (the writer's), 0 when there is none, -1
 * with *err when it cannot be read. */
int monitor_state_read(const struct conf *c, struct metrics *m, pid_t *pid,
    char **err);

#endif
