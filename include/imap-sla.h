/* SLA tracking and escalation for what poll filed over IMAP: the IMAP
 * counterpart of sla.c and sla-escalate.c, run by poll on its open
 * session once per cycle (at most once per poll_interval). */
#ifndef IMAP_SLA_H
#define IMAP_SLA_H

#include <stddef.h>
#include <time.h>

struct conf;
struct conf_account;
struct imap_session;
struct ledger;
struct sla_stats;

/* For the open tickets with messages account a filed: \Answered seen
 * for the first time on a message answers the open response target (at
 * now); a message in the resolved folder, or all of them deleted,
 * resolves the ticket (sla-ticket.c, as over Maildir); the newest in the pending folder makes it wait on the
 * customer (moved out: no longer); one an agent moved into another
 * priority folder corrects its level; one in a team folder stays open
 * and stays there. Then, like sla --escalate, overdue unanswered
 * tickets go up one level (once per level; critical is re-notified):
 * recorded in the ledger first, then their messages get the Escalated
 * and new level keywords and move into the higher folder, then the
 * notice goes out; reminders per [sla] remind_hours. Leaves the watched
 * folder selected. Returns IMAP_OK, or IMAP_TEMP with *err (caller
 * frees): what was not done is done on a later cycle. */
int imap_sla(struct imap_session *s, const struct conf_account *a,
    const struct conf *c, struct ledger *l, time_t now,
    struct sla_stats *st, char **err);

#endif
