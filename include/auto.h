/* Mail that is not a customer's request: delivery reports, out-of-office
 * and other automatic replies, mailing lists and bulk mail, and our own
 * notices and acknowledgements coming back. Recognised before triage,
 * so that it opens no ticket, starts no SLA clock and pages no one. */
#ifndef AUTO_H
#define AUTO_H

struct msg;

enum auto_kind {
	AUTO_NONE,
	AUTO_BOUNCE,		/* a delivery status notification */
	AUTO_REPLY,		/* out of office, vacation, autoresponders */
	AUTO_LIST,		/* a mailing list */
	AUTO_BULK,		/* bulk mail, notifications, abuse reports */
	AUTO_OWN,		/* our own notices and acknowledgements */
	AUTO_COUNT
};

/* "bounce", "auto-reply", "list", "bulk", "own"; "" for AUTO_NONE. */
const char *auto_kind_name(enum auto_kind k);
/* The kind of a name, or -1. */
int auto_kind_parse(const char *name);

/* What m is, and why (a short text naming the header that told, into
 * why of size n), among the kinds in mask (bit 1 << kind; the others
 * are not looked for). own_from: our own sender addresses (NULL-ended,
 * may be NULL): mail from them is ours. */
enum auto_kind auto_detect(const struct msg *m, unsigned mask,
    const char *const *own_from, char *why, size_t n);

#endif
