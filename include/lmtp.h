/* One LMTP session (RFC 2033) as a state machine over bytes: what the
 * client sent goes in, the replies come out; the server (cmd-lmtpd.c)
 * owns the socket, and accepting a recipient or filing a message is a
 * callback. LHLO, MAIL (SIZE=, BODY=), RCPT, DATA, RSET, NOOP, QUIT;
 * PIPELINING (replies in order, however the input is cut),
 * ENHANCEDSTATUSCODES, SIZE. The message is handed over with LF line
 * endings and its dots unstuffed. */
#ifndef LMTP_H
#define LMTP_H

#include <stddef.h>

struct lmtp_session;

struct lmtp_limits {
	size_t max_size;	/* message bytes (SIZE); more: 552 5.3.4 */
	size_t max_rcpts;	/* recipients per message; more: 452 4.5.3 */
	size_t max_line;	/* command line bytes; more: 500 5.5.2 */
};

/* One message after its final dot. */
struct lmtp_message {
	const char *helo;	/* the LHLO argument */
	const char *sender;	/* MAIL FROM, without <> ("" = null) */
	char **rcpts;		/* accepted recipients, without <> */
	size_t nrcpts;
	const char *data;	/* LF line endings, dots unstuffed */
	size_t len;
};

/* Whether rcpt may be delivered to: NULL yes, else the whole reply line
 * (e.g. "550 5.1.1 <x>: no such mailbox"; caller frees). */
typedef char *(*lmtp_rcpt_fn)(void *arg, const char *rcpt);
/* Files m for each recipient; replies[i] gets recipient i's reply line
 * ("250 2.0.0 ...", "451 4.3.0 ...": allocated, the session frees). */
typedef void (*lmtp_deliver_fn)(void *arg, const struct lmtp_message *m,
    char **replies);

/* hostname names us in the greeting and LHLO reply. Caller frees with
 * lmtp_session_free. */
struct lmtp_session *lmtp_session_new(const char *hostname,
    const struct lmtp_limits *lim, lmtp_rcpt_fn rcpt, lmtp_deliver_fn
    deliver, void *arg);
void lmtp_session_free(struct lmtp_session **s);	/* NULL-safe */

/* The greeting line ("220 HOST LMTP ready"). Caller frees. */
char *lmtp_session_greeting(const struct lmtp_session *s);

/* Feeds len bytes the client sent. Returns the replies they produced
 * (CRLF-terminated lines, maybe ""; caller frees); *done is set once the
 * session is over (QUIT). */
char *lmtp_session_feed(struct lmtp_session *s, const char *buf, size_t len,
    int *done);

/* Whether no message is under way (no MAIL FROM yet, or after its
 * replies): a draining server may close here. */
int lmtp_session_idle(const struct lmtp_session *s);

#endif
