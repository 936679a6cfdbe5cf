/* The SLA policy, pure (no I/O): given an open ticket, the config's
 * targets and calendar, and now, what is due. Both the Maildir (sla.c)
 * and the IMAP (imap-sla.c) sides ask it, so they cannot disagree. */
#ifndef SLA_POLICY_H
#define SLA_POLICY_H

#include <time.h>

#include "mt.h"

struct conf;
struct ledger_escalation;
struct ledger_open_ticket;

/* Whether t is past its due time without a first response: then 1, and
 * *e is the escalation the policy asks for (one level up, critical
 * staying critical, with the new level's due time from now). Else 0. */
int sla_policy_escalation(const struct conf *c,
    const struct ledger_open_ticket *t, time_t now,
    struct ledger_escalation *e);

/* For a ticket escalated to its level before and still unanswered:
 * whether a reminder is due now (none sent yet, or the last one at
 * least the level's remind_hours ago, else [sla] remind_hours). */
int sla_policy_remind(const struct conf *c,
    const struct ledger_open_ticket *t, time_t now);

/* When the reminder after one sent at now for a ticket at level l comes. */
time_t sla_policy_next_reminder(const struct conf *c, enum mt_level l,
    time_t now);

#endif
