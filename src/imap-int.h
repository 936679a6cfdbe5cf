/* The IMAP module's insides, shared by imap.c (the connection)
 * and imap-msg.c (the message operations) only. */
#ifndef IMAP_INT_H
#define IMAP_INT_H

#include <libetpan/libetpan.h>

#include "mt.h"

struct conf_account;

struct imap_session {
	const struct conf_account *a;
	mailimap *imap;
	int has_move;
	int has_uidplus;
	int has_idle;
	int idling;
	unsigned long uidvalidity;	/* of the watched folder */
	char *target[LEVEL_COUNT];
	char *resolved;		/* where agents put resolved mail */
	char *pending;		/* tickets waiting on the customer */
	char delim;		/* the server's hierarchy delimiter */
	char *auto_target;	/* automatic mail (auto.h) */
	char *selected;		/* the folder selected now, or NULL */
};


/* "account A (host:port): what: the server's response" (or, for a lost
 * connection, what libetpan's code r means). Caller frees. */
char *imap_errf(struct imap_session *s, const char *what, int r);

/* AUTHENTICATE with an OAuth access token (auth = xoauth2 or
 * oauthbearer; imap-auth.c): a refused token is replaced by a
 * fresh one once. An enum imap_status, *err set unless IMAP_OK. */
int imap_login_oauth(struct imap_session *s, char **err);

#endif
