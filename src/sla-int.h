/* The insides of SLA tracking on the Maildir, shared by sla.c (answered,
 * resolved, incident tags) and sla-escalate.c (escalation). Nothing else
 * includes this. */
#ifndef SLA_INT_H
#define SLA_INT_H

#include <stddef.h>

#include <glib.h>

struct conf;
struct ledger;
struct ledger_ticket_msg;
struct sla_stats;

/* sla.c */
/* The open tickets, by due time. Caller frees (g_array_unref). */
GArray *sla_open_tickets(struct ledger *l, char **err);

/* sla-escalate.c */
/* What a rewritten message says: an escalation's headers, or an
 * incident's. */
typedef char *(*sla_rewriter)(const char *raw, size_t len, const void *arg,
    size_t *outlen);
/* Where a message's file is now, or NULL. Caller frees. */
char *sla_locate(const struct conf *c, const struct ledger_ticket_msg *m);
/* Step 2 for one message: write the planned file (unless an earlier run
 * did), keep the old flags, remove the old file, record the move (to
 * level, or -1 to keep the message's). */
int sla_move_one(const struct conf *c, struct ledger *l,
    const struct ledger_ticket_msg *m, sla_rewriter rewrite, const void *arg,
    int level, const char *target, struct sla_stats *st, char **err);

#endif
