/* One IMAP account's connection: TCP, TLS (IMAPS or STARTTLS) with the
 * certificate verified before LOGIN, the watched folder selected, the
 * priority folders made, and the few operations poll needs on it. The
 * only module that includes libetpan; store-imap.c builds exactly-once
 * processing on top of these operations and the ledger. */
#ifndef IMAP_H
#define IMAP_H

#include <stddef.h>
#include <time.h>

#include "mt.h"

struct conf_account;
struct imap_session;

/* What a failed operation means for the caller. */
enum imap_status {
	IMAP_OK = 0,
	IMAP_TEMP = -1,		/* connection lost, timeout, server said NO:
				 * reconnect and retry later */
	IMAP_REFUSED = -2,	/* we refused the server (certificate, no
				 * TLS offered) or it refused our login */
	IMAP_CONFIG = -3,	/* unusable password or token file, unset
				 * variable, or a server that cannot do what
				 * mode asks */
};

/* The account's password, from password_file (refused when others may
 * read it) or password_env. Returns 0 and *out (free with
 * imap_password_free, which wipes it), or IMAP_CONFIG with *err. */
int imap_password(const struct conf_account *a, char **out, char **err);
void imap_password_free(char **pw);
/* What poll checks at start: the password can be had (auth = password),
 * or token_file is readable by us only and holds a token (OAuth; a
 * token_command runs only when a token is needed). IMAP_OK, or
 * IMAP_CONFIG with *err (caller frees). */
int imap_secret_check(const struct conf_account *a, char **err);

/* a must outlive the session. Caller frees with imap_session_free. */
struct imap_session *imap_session_new(const struct conf_account *a);
void imap_session_free(struct imap_session **s);	/* NULL-safe */

/* Connects, verifies the certificate (unless verify_cert = false, which
 * is logged as a warning every time), logs in, makes and subscribes the
 * priority folders (mode = move) and selects the watched folder.
 * Returns IMAP_OK or another enum imap_status with *err (caller frees). */
int imap_session_connect(struct imap_session *s, char **err);
/* Logs out (best effort) and drops the connection. */
void imap_session_close(struct imap_session *s);
int imap_session_connected(const struct imap_session *s);

/* The selected folder's UIDVALIDITY. */
unsigned long imap_session_uidvalidity(const struct imap_session *s);
/* How many messages the server says the selected folder holds now, as
 * its last EXISTS and EXPUNGE responses told (0 if none is selected). */
unsigned long imap_session_exists(const struct imap_session *s);
/* The server folder for a level: folder_prefix, the server's hierarchy
 * delimiter, "Critical"... Owned by the session; valid once connected. */
const char *imap_session_target(const struct imap_session *s,
    enum mt_level l);
/* The folder agents move resolved mail into: the account's
 * resolved_folder, else folder_prefix, delimiter, "Resolved". */
const char *imap_session_resolved(const struct imap_session *s);
/* The folder for tickets waiting on the customer: the account's
 * pending_folder, else folder_prefix, delimiter, "Pending". */
const char *imap_session_pending(const struct imap_session *s);
/* The server's hierarchy delimiter (valid once connected). */
char imap_session_delimiter(const struct imap_session *s);
/* Where automatic mail is moved: <folder_prefix><delim>Auto. */
const char *imap_session_auto(const struct imap_session *s);

/* The operations below return IMAP_OK (or a count, where said) or
 * IMAP_TEMP with *err; after IMAP_TEMP the caller closes the session. */

/* UIDs above after in the selected folder, ascending, and (sizes not
 * NULL) their RFC822.SIZE. Caller frees *uids and *sizes (g_free). */
int imap_uids_after(struct imap_session *s, unsigned long after,
    unsigned long **uids, size_t **sizes, size_t *n, char **err);
/* A message to fetch (uid) and what imap_fetch got. */
struct imap_message {
	unsigned long uid;
	char *raw;		/* its bytes, NUL after len; NULL when the
				 * UID is gone. Caller frees (g_free). */
	size_t len;
	time_t arrived;		/* INTERNALDATE, 0 if none */
};
/* The whole messages m[0..n) by UID in one UID FETCH, without setting
 * \Seen (BODY.PEEK[]), with their INTERNALDATE. IMAP_OK or IMAP_TEMP
 * (then no raw is set). */
int imap_fetch(struct imap_session *s, struct imap_message *m, size_t n,
    char **err);
/* 1 when the UID is still in the selected folder, 0 if not, IMAP_TEMP. */
int imap_exists(struct imap_session *s, unsigned long uid, char **err);
/* Adds space-separated keywords to n messages in one UID STORE
 * (idempotent). */
int imap_add_keywords(struct imap_session *s, const unsigned long *uids,
    size_t n, const char *keywords, char **err);
/* Moves a message into target: UID MOVE when the server has MOVE, else
 * UID COPY, \Deleted and UID EXPUNGE (UIDPLUS). With redo set (a move
 * that may have half happened before a crash) and no MOVE, a copy already
 * in target with message_id is not copied again. */
/* *new_uid and *new_uidvalidity: the message's UID in target, from the
 * server's COPYUID (RFC 4315), or 0 when it did not say. */
int imap_move(struct imap_session *s, unsigned long uid, const char *target,
    const char *message_id, int redo, unsigned long *new_uidvalidity,
    unsigned long *new_uid, char **err);
/* Moves n messages into target at once, the same way (one UID MOVE, or
 * one UID COPY, STORE and UID EXPUNGE), not as a redo: new_uids[i] is
 * uids[i]'s UID in target, 0 when the server did not say. */
int imap_move_uids(struct imap_session *s, const unsigned long *uids,
    size_t n, const char *target, unsigned long *new_uidvalidity,
    unsigned long *new_uids, char **err);
/* Removes space-separated keywords from a message (idempotent). */
int imap_remove_keywords(struct imap_session *s, unsigned long uid,
    const char *keywords, char **err);

/* The SLA check (imap-sla.c) visits other folders; the operations above
 * work on the one selected last. */

/* SELECT (or EXAMINE, readonly) folder; the watched folder's UIDVALIDITY
 * is kept current. IMAP_OK and *uidvalidity, 1 when the server says NO
 * (no such folder; nothing is selected then), IMAP_TEMP with *err. */
int imap_select(struct imap_session *s, const char *folder, int readonly,
    unsigned long *uidvalidity, char **err);
/* Selects the watched folder again unless it is selected. */
int imap_select_watched(struct imap_session *s, char **err);

#define IMAP_F_PRESENT	0x1u	/* the UID is in the folder */
#define IMAP_F_ANSWERED	0x2u
#define IMAP_F_DELETED	0x4u
/* One UID FETCH (FLAGS) for n UIDs: flags[i] for uids[i]. */
int imap_flags(struct imap_session *s, const unsigned long *uids, size_t n,
    unsigned *flags, char **err);
/* The highest UID in the selected folder with this Message-ID: 1 and
 * *uid, 0 when none, IMAP_TEMP. */
int imap_find_message_id(struct imap_session *s, const char *message_id,
    unsigned long *uid, char **err);

/* IDLE (RFC 2177). imap_idle_start returns 1 when idling, 0 when the
 * server or the account does not do IDLE, IMAP_TEMP. While idling,
 * imap_idle_fd is the descriptor to wait on and imap_idle_pending says
 * whether data is already buffered; imap_idle_done ends it. */
int imap_idle_start(struct imap_session *s, char **err);
int imap_idle_fd(const struct imap_session *s);
int imap_idle_pending(const struct imap_session *s);
int imap_idle_done(struct imap_session *s, char **err);

#endif
