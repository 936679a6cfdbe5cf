/* SLA tracking on the Maildir: which tickets were answered or resolved,
 * and escalating the overdue ones. */
#ifndef SLA_H
#define SLA_H

#include <time.h>

#include "sla-ticket.h"

struct conf;
struct ledger;
struct ledger_escalation;
struct ledger_open_ticket;

/* "Now": MAILTRIAGE_NOW (epoch seconds) when set, for tests of sla and
 * report only; else the clock. */
time_t sla_now(void);

/* Looks at the triage folders: a message with the R (replied) flag gives
 * its ticket a first response (at the file's change time), one in the
 * resolved folder, or a ticket whose files are all gone, is resolved.
 * Returns 0, or -1 with *err (caller frees). */
int sla_refresh(const struct conf *c, struct ledger *l, time_t now,
    struct sla_stats *st, char **err);

/* Escalates every open ticket past its response due time (first
 * response or next reply) without an answer, unless it waits on the
 * customer, one level (critical stays critical, re-notified once), moving its
 * messages into the higher folder with an X-Triage-Escalated header and
 * sending a notice; escalated tickets still unanswered after the new due
 * time get one reminder per remind_hours. Finishes escalations an earlier
 * run left half done first. The caller holds the SLA lock.
 * Returns 0, or -1 with *err. */
int sla_escalate(const struct conf *c, struct ledger *l, time_t now,
    struct sla_stats *st, char **err);

/* The notice for ticket t's escalation e (reminder: a reminder that it
 * is still unanswered), mailed through c->sendmail to c->notify_to and
 * filed in the Maildir's c->escalations_folder, where configured; also
 * used by the IMAP poller (imap-sla.c). Returns 0, or -1 with *err. */
int sla_notice(const struct conf *c, const struct ledger_open_ticket *t,
    const struct ledger_escalation *e, int reminder, time_t now, char **err);

#endif
