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
};

/* All three fields are always set (possibly ""), NUL-terminated UTF-8.
 * English and German attribution lines are recognised. */
void quote_split(const char *text, struct quote_parts *out);
void quote_parts_clear(struct quote_parts *p);	/* frees, sets to NULL */

#endif
