/* Telling customers where they stand: on a new ticket, an
 * acknowledgement with the ticket tag, the priority in plain words and
 * the expected first response, from an admin-editable template in the
 * message's language. RFC 3834: never to automatic mail, lists or
 * robots, at most one per address per interval, recorded before it is
 * sent so that neither a crash nor a retry sends it twice. */
#ifndef ACK_H
#define ACK_H

#include <stddef.h>
#include <time.h>

struct conf;
struct diag;
struct ledger;
struct triage;

/* The ticket number in subject's ticket tag (fmt: "[#%t]"), or 0. */
long long ack_tag_find(const char *fmt, const char *subject);

/* Checks every template in dir (file:line:col to d). Returns the number
 * of errors; a missing directory is one when required. */
int ack_check(const char *dir, int required, struct diag *d);

/* Why t's sender gets no acknowledgement, or NULL: then *to is the
 * address to write to (owned by t). */
const char *ack_refuse(const struct conf *c, const struct triage *t,
    const char **to);

/* After t is filed and recorded as message msg_row of ticket: sends the
 * acknowledgement when one is due (a new ticket, not refused, not sent
 * to that address within the interval). Failures are logged: the mail
 * is safe, and a recorded but unsent one is sent by ack_recover(). */
void ack_after_filing(const struct conf *c, struct ledger *l,
    const struct triage *t, long long ticket, long long msg_row,
    time_t now);

/* A filed bounce of one of our acknowledgements marks its recipient
 * undeliverable in the ledger (report lists such addresses; no more
 * acknowledgements go there). Failures are logged. */
void ack_bounced(struct ledger *l, const struct triage *t, time_t now);

/* Sends what a run that died left recorded but unsent. Returns how many
 * were sent, or -1 with *err. */
int ack_recover(const struct conf *c, struct ledger *l, time_t now,
    char **err);

#endif
