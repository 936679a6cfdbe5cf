/* A parsed message and the text view the filters read.
 * The only module that includes gmime.h. */
#ifndef MSG_H
#define MSG_H

#include <stddef.h>
#include <time.h>

/* Text zones the filters can look at. All text is valid UTF-8. */
enum msg_zone {
	ZONE_SUBJECT,	/* decoded Subject (RFC 2047) */
	ZONE_FROM,	/* "Display Name <addr@example.com>" */
	ZONE_BODY,	/* the customer's new text: no quotes, no signature */
	ZONE_QUOTED,	/* quoted reply history */
	ZONE_SIGNATURE,	/* after the "-- " delimiter */
	ZONE_EARLIER,	/* the part of quoted the sender wrote earlier
			 * (an attribution or From: line names them) */
	ZONE_COUNT
};

struct msg;

const char *msg_zone_name(enum msg_zone z);	/* "subject" ... */
int msg_zone_parse(const char *name);		/* enum value or -1 */

/* Parses raw bytes (a copy is not kept: raw must outlive nothing).
 * Never fails for bad mail: a message GMime cannot make sense of still
 * yields a msg, with msg_error() saying why and whatever could be read.
 * Returns NULL only when raw is NULL. Caller frees with msg_free(). */
struct msg *msg_parse(const char *raw, size_t len);
void msg_free(struct msg **m);	/* NULL-safe, sets *m to NULL */

/* Process-wide GMime setup/teardown; msg_parse calls msg_init if needed. */
void msg_init(void);
void msg_shutdown(void);

/* NULL when the message parsed cleanly, else a one-line reason. */
const char *msg_error(const struct msg *m);

/* Zone text, NUL-terminated UTF-8, never NULL ("" when empty).
 * If len is not NULL it receives the length in bytes. Owned by m. */
const char *msg_zone_text(const struct msg *m, enum msg_zone z, size_t *len);

/* A header by name (case-insensitive), decoded to UTF-8, first occurrence;
 * NULL when absent. Owned by m. */
const char *msg_header(const struct msg *m, const char *name);

/* In a delivery report (RFC 3464): the Message-ID of the message it
 * returns (from its message/rfc822 or text/rfc822-headers part), and the
 * Status of its first recipient ("5.1.1"); NULL when none. Owned by m. */
const char *msg_report_id(const struct msg *m);
const char *msg_report_status(const struct msg *m);

/* Message-ID without angle brackets, or NULL. Owned by m. */
const char *msg_message_id(const struct msg *m);
/* The bare sender address, lower-cased, or NULL. Owned by m. */
const char *msg_from_addr(const struct msg *m);
/* The sender's display name, decoded, or NULL. Owned by m. */
const char *msg_from_name(const struct msg *m);
/* In-Reply-To message id without brackets, or NULL. Owned by m. */
const char *msg_in_reply_to(const struct msg *m);
/* References as message ids without brackets, oldest first;
 * *n receives the count. Owned by m. */
const char *const *msg_references(const struct msg *m, size_t *n);
/* The Date header as time_t, or 0 when absent or unparsable. */
time_t msg_date(const struct msg *m);

#endif
