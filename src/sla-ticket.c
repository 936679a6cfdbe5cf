/* One open ticket's lifecycle from what its store sees (sla-ticket.h). */
#include <string.h>

#include <glib.h>

#include "conf.h"
#include "ledger.h"
#include "log.h"
#include "mt.h"
#include "sla-policy.h"
#include "sla-ticket.h"

/* Answered messages: each answers the response target open when it was
 * first seen answered. Counted once per ticket. */
static int
sla_ticket_answered(struct ledger *l, struct ledger_open_ticket *t,
    const struct sla_seen *s, time_t now, const char *who,
    struct sla_stats *st, char **err)
{
	time_t at = CLAMP(s->answered, t->created, now);
	int r = ledger_message_answered(l, s->message, at, err);

	if (r <= 0)
		return r;
	if (ledger_set_response(l, t->id, at, err) != 0)
		return -1;
	if (t->first_response == 0)
		t->first_response = at;
	if (t->answered == 0 && at >= t->cycle_start) {
		t->answered = at;
		st->answered++;
		log_info("%sticket #%lld answered", who, t->id);
	}
	return 0;
}

/* Waiting on the customer while its newest message is in the pending
 * folder: putting it there answers the target open then (the agent has
 * asked the customer); taking it out, or the customer writing, ends it. */
static int
sla_ticket_pending(struct ledger *l, struct ledger_open_ticket *t,
    const struct sla_seen *newest, time_t now, const char *who,
    struct sla_stats *st, char **err)
{
	if (newest != NULL && newest->pending) {
		time_t at = newest->since != 0 ? CLAMP(newest->since,
		    t->created, now) : now;

		if (t->paused != 0)
			return 0;
		if (ledger_pause(l, t->id, at, err) != 0 ||
		    ledger_set_response(l, t->id, at, err) != 0)
			return -1;
		t->paused = at;
		st->paused++;
		log_info("%sticket #%lld waits on the customer (%s)", who,
		    t->id, newest->folder);
		return 0;
	}
	if (t->paused == 0)
		return 0;
	if (ledger_resume(l, t->id, now, err) != 0)
		return -1;
	t->paused = 0;
	log_info("%sticket #%lld no longer waits on the customer", who, t->id);
	return 0;
}

/* An agent's move into another priority folder: the new level, due
 * times from the ticket's start, recorded as a correction. */
static int
sla_ticket_correct(const struct conf *c, struct ledger *l,
    struct ledger_open_ticket *t, enum mt_level to, const char *signals,
    const char *rules, time_t now, const char *who, struct sla_stats *st,
    char **err)
{
	if (ledger_correct(l, t->id, now, t->priority, to,
	    sla_policy_response_due(c, t, to), sla_policy_resolve_due(c,
	    t->tier, to, t->created, t->paused_secs), signals, rules,
	    err) != 0)
		return -1;
	log_info("%sticket #%lld re-prioritised by an agent: %s -> %s", who,
	    t->id, mt_level_name(t->priority), mt_level_name(to));
	t->priority = to;
	st->corrected++;
	return 0;
}

int
sla_ticket_refresh(const struct conf *c, struct ledger *l,
    struct ledger_open_ticket *t, const struct sla_seen *seen, size_t n,
    const char *signals, const char *rules, time_t now, const char *who,
    struct sla_stats *st, int *closed, char **err)
{
	const struct sla_seen *newest = NULL;
	size_t gone = 0;
	int resolved = 0, moved_to = -1;

	*closed = 0;
	for (size_t k = 0; k < n; k++) {
		const struct sla_seen *s = &seen[k];

		if (s->folder == NULL) {
			gone++;
			continue;
		}
		if (!s->agent)
			newest = s;	/* the customer's latest */
		resolved |= s->resolved;
		if (s->answered != 0 && sla_ticket_answered(l, t, s, now, who,
		    st, err) != 0)
			return -1;
		if (!s->moved)
			continue;
		/* The most urgent folder an agent moved one into wins. */
		if (s->level >= 0 && g_strcmp0(s->folder, s->recorded) != 0 &&
		    (moved_to < 0 || s->level < moved_to))
			moved_to = s->level;
		if (ledger_record_move(l, s->message, s->folder, s->file,
		    s->path, s->level, err) != 0)
			return -1;
	}
	if (sla_ticket_pending(l, t, newest, now, who, st, err) != 0)
		return -1;
	if (moved_to >= 0 && moved_to != (int)t->priority &&
	    sla_ticket_correct(c, l, t, (enum mt_level)moved_to, signals,
	    rules, now, who, st, err) != 0)
		return -1;
	if (resolved || (n > 0 && gone == n)) {
		if (ledger_set_resolved(l, t->id, now, err) != 0)
			return -1;
		st->resolved++;
		*closed = 1;
		log_info("%sticket #%lld resolved (%s)", who, t->id, resolved ?
		    "in the resolved folder" : "its messages deleted");
	}
	return 0;
}
