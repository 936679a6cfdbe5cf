/* Splits a plain-text body into the customer's new text, the quoted reply
 * history and the signature. */
#ifndef QUOTE_H
#define QUOTE_H

struct quote_parts {
	char *body;		/* new text */
	char *quoted;		/* "> " lines (markers removed), "On ... wrote:"
				 * blocks, "-----Original Message-----" and
				 * Outlook From:/Sent: header blocks onward */
	char *signature;	/* after a "-- " (or "--") delimiter line */
	char *own;		/* the part of quoted the sender wrote: after
				 * an attribution or From: line naming them */
};

/* All four fields are always set (possibly ""), NUL-terminated UTF-8.
 * subject (or NULL) is the message's: under a forward's "FW:" the first
 * "Original Message" rule or header block opens forwarded text, which is
 * kept in body.
 * Attribution lines of the seven languages are recognised. from_name and
 * from_addr (either may be NULL) say who sent the mail: quoted text after
 * an attribution naming them is theirs (own). */
void quote_split(const char *text, const char *subject,
    const char *from_name, const char *from_addr, struct quote_parts *out);
void quote_parts_clear(struct quote_parts *p);	/* frees, sets to NULL */

#endif
