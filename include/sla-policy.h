/* The SLA policy, pure (no I/O): given an open ticket, the config's
 * targets and calendar, and now, what is due. Both the Maildir
 * (sla-escalate.c) and the IMAP (imap-sla.c) sides ask it, so they cannot
 * disagree. */
#ifndef SLA_POLICY_H
#define SLA_POLICY_H

#include <time.h>

#include "mt.h"

struct conf;
struct ledger_escalation;
struct ledger_open_ticket;

/* Whether t is past its response due time (the first response, or the
 * next reply after a customer's follow-up) without an answer and not
 * waiting on the customer: then 1, and *e is the escalation the policy
 * asks for (one level up, critical staying critical, with the new
 * level's target from now). Else 0. */
int sla_policy_escalation(const struct conf *c,
    const struct ledger_open_ticket *t, time_t now,
    struct ledger_escalation *e);

/* For a ticket escalated to its level before and still unanswered:
 * whether a reminder is due now (none sent yet, or the last one at
 * least the level's remind_hours ago, else [sla] remind_hours). */
int sla_policy_remind(const struct conf *c,
    const struct ledger_open_ticket *t, time_t now);

/* The response due time of t at level (an agent's correction): from the
 * ticket's start, or in a next reply from the follow-up. */
time_t sla_policy_response_due(const struct conf *c,
    const struct ledger_open_ticket *t, enum mt_level level);

/* The resolution due time of a ticket of tier (its name, NULL: none) at
 * level (an agent's correction): the target from its creation,
 * moved by the time it waited on the customer (paused_secs). */
time_t sla_policy_resolve_due(const struct conf *c, const char *tier,
    enum mt_level level, time_t created, long long paused_secs);

/* When t must be resolved, seen at now: its resolution due time moved by
 * a pause still running; 0 when it has no target. */
time_t sla_policy_resolve_by(const struct ledger_open_ticket *t, time_t now);

/* Past its resolution target and not waiting on the customer. */
int sla_policy_late(const struct ledger_open_ticket *t, time_t now);

/* When the reminder after one sent at now for a ticket at level l comes. */
time_t sla_policy_next_reminder(const struct conf *c, enum mt_level l,
    time_t now);

#endif
