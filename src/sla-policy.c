/* The SLA policy (sla-policy.h): decisions only; the callers do the
 * recording, moving and notifying. */
#include <string.h>

#include "conf.h"
#include "ledger.h"
#include "mt.h"
#include "priority.h"
#include "sla-policy.h"

int
sla_policy_escalation(const struct conf *c,
    const struct ledger_open_ticket *t, time_t now,
    struct ledger_escalation *e)
{
	enum mt_level to;

	/* Answered, or waiting on the customer: no response is due. */
	if (t->answered != 0 || t->paused != 0 || t->sla_due == 0 ||
	    now <= t->sla_due)
		return 0;
	to = t->priority > LEVEL_CRITICAL ? t->priority - 1 : LEVEL_CRITICAL;
	memset(e, 0, sizeof(*e));
	e->ticket = t->id;
	e->at = now;
	e->due_before = t->sla_due;
	e->from_level = t->priority;
	e->to_level = to;
	e->due_after = priority_due_for(c, conf_tier_parse(c, t->tier), to,
	    t->replies > 0 ? TARGET_REPLY : TARGET_RESPONSE, now);
	return 1;
}

time_t
sla_policy_response_due(const struct conf *c,
    const struct ledger_open_ticket *t, enum mt_level level)
{
	int tier = conf_tier_parse(c, t->tier);

	return t->replies > 0 ? priority_due_for(c, tier, level, TARGET_REPLY,
	    t->cycle_start) : priority_due_for(c, tier, level,
	    TARGET_RESPONSE, t->created);
}

time_t
sla_policy_resolve_due(const struct conf *c, const char *tier,
    enum mt_level level, time_t created, long long paused_secs)
{
	/* Time waiting on the customer does not count. */
	return priority_due_for(c, conf_tier_parse(c, tier), level,
	    TARGET_RESOLVE, created) + (time_t)paused_secs;
}

time_t
sla_policy_resolve_by(const struct ledger_open_ticket *t, time_t now)
{
	if (t->resolve_due == 0)
		return 0;	/* a ticket from before resolution targets */
	return t->resolve_due + (t->paused != 0 && now > t->paused ?
	    now - t->paused : 0);
}

int
sla_policy_late(const struct ledger_open_ticket *t, time_t now)
{
	time_t by = sla_policy_resolve_by(t, now);

	return by != 0 && t->paused == 0 && now > by;
}

/* The reminder interval of a level: its own, else [sla]'s. */
static time_t
sla_policy_interval(const struct conf *c, enum mt_level l)
{
	double h = l < LEVEL_COUNT && c->level[l].remind_hours > 0 ?
	    c->level[l].remind_hours : c->remind_hours;

	return (time_t)(h * 3600);
}

int
sla_policy_remind(const struct conf *c, const struct ledger_open_ticket *t,
    time_t now)
{
	return t->last_notified == 0 || now - t->last_notified >=
	    sla_policy_interval(c, t->priority);
}

time_t
sla_policy_next_reminder(const struct conf *c, enum mt_level l, time_t now)
{
	return now + sla_policy_interval(c, l);
}
