/* Alerts: what happened that the team should hear of at once, routed to
 * where it is ([alert NAME] groups: chat webhooks, mail, a command).
 *
 * An event is put in a queue in the ledger, in the transaction that
 * records what it is about (a new ticket, an escalation), once per route
 * (a unique key per route, event and ticket): a crash never loses one and
 * never queues one twice. alert_flush() sends what is due; an unreachable
 * server is tried again with growing pauses and never blocks filing.
 * Sending is recorded before (sending) and after (sent); a run killed in
 * between sends that alert again with the same id (Idempotency-Key;
 * Matrix's transaction id), so a receiver can tell. */
#ifndef ALERT_H
#define ALERT_H

#include <time.h>

#include "mt.h"

struct conf;
struct conf_alert;
struct ledger;
struct ledger_escalation;
struct ledger_open_ticket;
struct triage;

enum alert_event {
	ALERT_NEW,		/* a new ticket (routes pick levels, tiers) */
	ALERT_RAISED,		/* a follow-up raised a ticket's level */
	ALERT_WARNING,		/* [sla] warn_at of the response target gone */
	ALERT_ESCALATION,	/* past due, moved up a level */
	ALERT_REMINDER,		/* still unanswered after an escalation */
	ALERT_INCIDENT,		/* an incident opened or closed */
	ALERT_INCIDENT_UPDATE,	/* another report joined an incident */
	ALERT_EVENT_COUNT
};

const char *alert_event_name(enum alert_event e);	/* "new" ... */
int alert_event_parse(const char *name);		/* or -1 */
const char *alert_channel_name(int channel);		/* "slack" ... */
int alert_channel_parse(const char *name);		/* or -1 */

/* What an event is about: a ticket as the ledger has it. */
struct alert_ticket {
	long long id;
	enum mt_level level, from_level;	/* from: escalation, raised */
	unsigned signals;		/* 1 << enum mt_signal */
	const char *tier;		/* NULL: none */
	const char *team;		/* the team folder it is in, or NULL */
	int lang;			/* enum lang, or -1 */
	const char *from_addr, *subject, *reasons;
	time_t created, due;
	long long cycle;		/* which target (warnings: sla_due) */
	long long incident;		/* its incident, or 0 */
	const char *incident_state;	/* "opened", "joined", "closed" */
	long long incident_tickets;	/* closed: how many it had */
};

/* Queues ev about t for every route that wants it (inside the caller's
 * ledger transaction). Returns how many were queued (0: none wanted it,
 * or queued before), or -1 with *err. */
int alert_queue(const struct conf *c, struct ledger *l, enum alert_event ev,
    const struct alert_ticket *t, time_t now, char **err);

/* The events of filing t as ticket (inside the reserve transaction): a
 * new ticket, or a follow-up that raised its level from was; a ticket of
 * an incident (incident.h) brings no alert of its own, and one that
 * opened it the incident's. */
int alert_filed(const struct conf *c, struct ledger *l, const struct triage *t,
    long long ticket, int is_new, enum mt_level was, time_t now,
    char **err);

/* An open ticket as sla and poll see it, for escalations, reminders and
 * warnings. */
void alert_ticket_of(const struct conf *c, const struct ledger_open_ticket *o,
    struct alert_ticket *t);

/* An escalation e of o (inside the transaction that records it), and a
 * reminder about o: queued for the routes that want them. */
int alert_escalation(const struct conf *c, struct ledger *l,
    const struct ledger_open_ticket *o, const struct ledger_escalation *e,
    time_t now, char **err);
int alert_reminder(const struct conf *c, struct ledger *l,
    const struct ledger_open_ticket *o, time_t now, char **err);

/* An incident closed (all its tickets resolved, or by hand): queued
 * for the routes that want incidents. title: its first report's
 * subject. */
int alert_incident_closed(const struct conf *c, struct ledger *l,
    long long incident, const char *signal, const char *title,
    long long tickets, time_t first_report, time_t now, char **err);

/* Queues a warning for each open ticket with [sla] warn_at of its
 * response target gone and no answer (once per target). Returns the
 * number queued, or -1 with *err. */
int alert_warnings(const struct conf *c, struct ledger *l, time_t now,
    char **err);

/* Queues each route's digest ([alert NAME] digest) whose time has come
 * (once per day or week, the latest only). Returns the number queued,
 * or -1 with *err. */
int alert_digests(const struct conf *c, struct ledger *l, time_t now,
    char **err);

/* Sends what is due, oldest first, until done or budget seconds have
 * passed (0: no limit). Failures are logged and retried later; nothing
 * here fails the caller. Returns the number sent. */
int alert_flush(const struct conf *c, struct ledger *l, time_t now,
    double budget);

/* Minutes of the day inside a route's quiet hours: when the next alert
 * may go (now if not quiet), in the [sla] time zone. */
time_t alert_quiet_until(const struct conf *c, const struct conf_alert *r,
    enum mt_level level, time_t now);

#endif
