/* The message operations poll needs on a selected IMAP folder: list UIDs,
 * fetch without \Seen, add keywords, move (MOVE, or COPY + UID EXPUNGE).
 * Part of the IMAP module (libetpan); the connection is imap.c. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib.h>
#include <libetpan/libetpan.h>

#include "conf.h"
#include "imap-utf7.h"
#include "imap.h"
#include "log.h"
#include "imap-int.h"

/* Runs UID FETCH set (atts) and calls fn for each message's attributes. */
static int
imap_uid_fetch(struct imap_session *s, struct mailimap_set *set,
    struct mailimap_fetch_type *ft, clist **out, char **err)
{
	int r = mailimap_uid_fetch(s->imap, set, ft, out);

	mailimap_fetch_type_free(ft);
	mailimap_set_free(set);
	if (r != MAILIMAP_NO_ERROR) {
		*out = NULL;
		*err = imap_errf(s, "UID FETCH failed", r);
		return IMAP_TEMP;
	}
	return IMAP_OK;
}

/* The static attribute of type in a FETCH response, or NULL. */
static struct mailimap_msg_att_static *
imap_att(struct mailimap_msg_att *ma, int type)
{
	for (clistiter *it = clist_begin(ma->att_list); it != NULL;
	    it = clist_next(it)) {
		struct mailimap_msg_att_item *item = clist_content(it);
		if (item->att_type == MAILIMAP_MSG_ATT_ITEM_STATIC &&
		    item->att_data.att_static != NULL &&
		    item->att_data.att_static->att_type == type)
			return item->att_data.att_static;
	}
	return NULL;
}

/* uids (ascending) as a set, runs as ranges: "3:9,12". */
static struct mailimap_set *
imap_uid_set(const unsigned long *uids, size_t n)
{
	struct mailimap_set *set = mailimap_set_new_empty();
	size_t i = 0, j;

	while (i < n) {
		for (j = i; j + 1 < n && uids[j + 1] == uids[j] + 1; j++)
			;
		mailimap_set_add_interval(set, (uint32_t)uids[i],
		    (uint32_t)uids[j]);
		i = j + 1;
	}
	return set;
}

/* A UID and its size, as listed. */
struct imap_listed {
	unsigned long uid;
	size_t size;
};

static int
imap_listed_cmp(const void *a, const void *b)
{
	unsigned long x = ((const struct imap_listed *)a)->uid;
	unsigned long y = ((const struct imap_listed *)b)->uid;

	return x < y ? -1 : x > y;
}

int
imap_uids_after(struct imap_session *s, unsigned long after,
    unsigned long **uids, size_t **sizes, size_t *n, char **err)
{
	struct mailimap_fetch_type *ft;
	GArray *a;
	clist *res = NULL;

	*uids = NULL;
	if (sizes != NULL)
		*sizes = NULL;
	*n = 0;
	ft = mailimap_fetch_type_new_fetch_att_list_empty();
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_uid());
	if (sizes != NULL)
		mailimap_fetch_type_new_fetch_att_list_add(ft,
		    mailimap_fetch_att_new_rfc822_size());
	/* "n:*" also matches the last message when its UID is below n
	 * (RFC 3501 6.4.8): filtered below. */
	if (imap_uid_fetch(s, mailimap_set_new_interval((uint32_t)after + 1,
	    0), ft, &res, err) != IMAP_OK)
		return IMAP_TEMP;
	a = g_array_new(FALSE, FALSE, sizeof(struct imap_listed));
	for (clistiter *it = res ? clist_begin(res) : NULL; it != NULL;
	    it = clist_next(it)) {
		struct mailimap_msg_att_static *st = imap_att(clist_content(it),
		    MAILIMAP_MSG_ATT_UID);
		struct mailimap_msg_att_static *sz = imap_att(clist_content(it),
		    MAILIMAP_MSG_ATT_RFC822_SIZE);
		struct imap_listed l;

		if (st == NULL || (l.uid = st->att_data.att_uid) <= after)
			continue;
		l.size = sz != NULL ? sz->att_data.att_rfc822_size : 0;
		g_array_append_val(a, l);
	}
	if (res != NULL)
		mailimap_fetch_list_free(res);
	g_array_sort(a, imap_listed_cmp);
	*n = a->len;
	*uids = g_new(unsigned long, a->len + 1);
	if (sizes != NULL)
		*sizes = g_new(size_t, a->len + 1);
	for (guint i = 0; i < a->len; i++) {
		(*uids)[i] = g_array_index(a, struct imap_listed, i).uid;
		if (sizes != NULL)
			(*sizes)[i] = g_array_index(a, struct imap_listed,
			    i).size;
	}
	g_array_free(a, TRUE);
	return IMAP_OK;
}

/* INTERNALDATE as time_t; dt_zone is +hhmm as an integer. */
static time_t
imap_date(const struct mailimap_date_time *d)
{
	struct tm tm;
	int z = d->dt_zone < 0 ? -d->dt_zone : d->dt_zone;
	time_t t;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = d->dt_year - 1900;
	tm.tm_mon = d->dt_month - 1;
	tm.tm_mday = d->dt_day;
	tm.tm_hour = d->dt_hour;
	tm.tm_min = d->dt_min;
	tm.tm_sec = d->dt_sec;
	t = timegm(&tm);
	if (t == (time_t)-1)
		return 0;
	z = (z / 100) * 3600 + (z % 100) * 60;
	return d->dt_zone < 0 ? t + z : t - z;
}

int
imap_fetch(struct imap_session *s, struct imap_message *m, size_t n,
    char **err)
{
	struct mailimap_fetch_type *ft;
	unsigned long *uids;
	clist *res = NULL;

	if (n == 0)
		return IMAP_OK;
	uids = g_new(unsigned long, n);
	for (size_t i = 0; i < n; i++) {
		uids[i] = m[i].uid;
		m[i].raw = NULL;
		m[i].len = 0;
		m[i].arrived = 0;
	}
	ft = mailimap_fetch_type_new_fetch_att_list_empty();
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_uid());
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_internaldate());
	/* BODY.PEEK[]: the whole message, and \Seen stays as it was. */
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_body_peek_section(mailimap_section_new(
	    NULL)));
	if (imap_uid_fetch(s, imap_uid_set(uids, n), ft, &res, err) !=
	    IMAP_OK) {
		g_free(uids);
		return IMAP_TEMP;
	}
	g_free(uids);
	for (clistiter *it = res ? clist_begin(res) : NULL; it != NULL;
	    it = clist_next(it)) {
		struct mailimap_msg_att *ma = clist_content(it);
		struct mailimap_msg_att_static *u, *b, *d;
		struct imap_message *to = NULL;

		/* Unsolicited FETCH responses (flag changes by others) may
		 * come along: only ours count. */
		u = imap_att(ma, MAILIMAP_MSG_ATT_UID);
		b = imap_att(ma, MAILIMAP_MSG_ATT_BODY_SECTION);
		if (u == NULL || b == NULL ||
		    b->att_data.att_body_section == NULL)
			continue;
		for (size_t i = 0; i < n && to == NULL; i++)
			if (m[i].uid == u->att_data.att_uid && m[i].raw == NULL)
				to = &m[i];
		if (to == NULL)
			continue;
		d = imap_att(ma, MAILIMAP_MSG_ATT_INTERNALDATE);
		to->len = b->att_data.att_body_section->sec_length;
		to->raw = g_malloc(to->len + 1);
		if (to->len > 0)
			memcpy(to->raw,
			    b->att_data.att_body_section->sec_body_part,
			    to->len);
		to->raw[to->len] = '\0';
		if (d != NULL && d->att_data.att_internal_date != NULL)
			to->arrived = imap_date(d->att_data.att_internal_date);
	}
	if (res != NULL)
		mailimap_fetch_list_free(res);
	return IMAP_OK;
}

int
imap_exists(struct imap_session *s, unsigned long uid, char **err)
{
	unsigned f;

	/* UID FETCH uid (FLAGS) answers nothing for an expunged UID; one
	 * UID, not the listing of all above it (recovery asks for each of a
	 * killed batch's messages). */
	if (imap_flags(s, &uid, 1, &f, err) != IMAP_OK)
		return IMAP_TEMP;
	return (f & IMAP_F_PRESENT) != 0;
}

static int
imap_store(struct imap_session *s, const unsigned long *uids, size_t n,
    struct mailimap_flag_list *fl, char **err)
{
	struct mailimap_store_att_flags *sf =
	    mailimap_store_att_flags_new_add_flags_silent(fl);
	struct mailimap_set *set = imap_uid_set(uids, n);
	int r = mailimap_uid_store(s->imap, set, sf);

	mailimap_store_att_flags_free(sf);
	mailimap_set_free(set);
	if (r != MAILIMAP_NO_ERROR) {
		*err = imap_errf(s, "UID STORE failed", r);
		return IMAP_TEMP;
	}
	return IMAP_OK;
}

int
imap_add_keywords(struct imap_session *s, const unsigned long *uids,
    size_t n, const char *keywords, char **err)
{
	struct mailimap_flag_list *fl = mailimap_flag_list_new_empty();
	char **kw = g_strsplit(keywords, " ", -1);

	for (char **k = kw; *k != NULL; k++)
		if (**k != '\0')
			mailimap_flag_list_add(fl,
			    mailimap_flag_new_flag_keyword(strdup(*k)));
	g_strfreev(kw);
	return imap_store(s, uids, n, fl, err);
}

/* Whether target already holds a message with this Message-ID: EXAMINE
 * it, search, and SELECT the watched folder again. */
static int
imap_target_has(struct imap_session *s, const char *target,
    const char *message_id, char **err)
{
	struct mailimap_search_key *key;
	clist *res = NULL;
	char *v = g_strdup_printf("<%s>", message_id);
	char *wire = imap_utf7_encode(target);
	int r, found;

	r = mailimap_examine(s->imap, wire);
	g_free(wire);
	if (r != MAILIMAP_NO_ERROR) {
		g_free(v);
		*err = imap_errf(s, "EXAMINE failed", r);
		return IMAP_TEMP;
	}
	key = mailimap_search_key_new_header(strdup("Message-ID"), strdup(v));
	g_free(v);
	r = mailimap_uid_search(s->imap, NULL, key, &res);
	mailimap_search_key_free(key);
	found = r == MAILIMAP_NO_ERROR && res != NULL && clist_count(res) > 0;
	if (res != NULL)
		mailimap_search_result_free(res);
	if (r != MAILIMAP_NO_ERROR) {
		*err = imap_errf(s, "UID SEARCH failed", r);
		return IMAP_TEMP;
	}
	if (s->selected != NULL) {
		wire = imap_utf7_encode(s->selected);
		r = mailimap_select(s->imap, wire);
		g_free(wire);
		if (r != MAILIMAP_NO_ERROR) {
			*err = imap_errf(s, "cannot select the folder again",
			    r);
			return IMAP_TEMP;
		}
	}
	return found;
}

/* A set's UIDs in its order (COPYUID's two sets pair up by position,
 * RFC 4315 3); a range too long for our few UIDs is left out. Caller
 * frees. */
static GArray *
imap_set_uids(struct mailimap_set *set)
{
	GArray *a = g_array_new(FALSE, FALSE, sizeof(unsigned long));

	for (clistiter *it = set != NULL ? clist_begin(set->set_list) : NULL;
	    it != NULL; it = clist_next(it)) {
		struct mailimap_set_item *i = clist_content(it);
		unsigned long u = i->set_first, last = i->set_last;
		int step = u <= last ? 1 : -1;

		if (u == 0 || last == 0 || (step > 0 ? last - u : u - last) >
		    65536)
			continue;
		for (;; u += (unsigned long)step) {
			g_array_append_val(a, u);
			if (u == last)
				break;
		}
	}
	return a;
}

/* From a COPYUID response code (src, dst, uv): new_uids[i] for uids[i],
 * 0 where it does not say. */
static void
imap_copyuids(struct mailimap_set *src, struct mailimap_set *dst,
    uint32_t uv, const unsigned long *uids, size_t n,
    unsigned long *new_uidvalidity, unsigned long *new_uids)
{
	GArray *from = imap_set_uids(src), *to = imap_set_uids(dst);

	for (size_t i = 0; from->len == to->len && i < n; i++)
		for (guint p = 0; p < from->len; p++)
			if (g_array_index(from, unsigned long, p) == uids[i]) {
				new_uids[i] = g_array_index(to, unsigned long,
				    p);
				*new_uidvalidity = uv;
				break;
			}
	g_array_free(from, TRUE);
	g_array_free(to, TRUE);
}

/* Moves uids into target. copied: a redo found the copy there already
 * (no MOVE), so only \Deleted and UID EXPUNGE are left to do. */
static int
imap_relocate(struct imap_session *s, const unsigned long *uids, size_t n,
    const char *target, int copied, unsigned long *new_uidvalidity,
    unsigned long *new_uids, char **err)
{
	struct mailimap_set *set = imap_uid_set(uids, n), *src = NULL,
	    *dst = NULL;
	struct mailimap_flag_list *fl;
	char *wire = imap_utf7_encode(target);
	uint32_t uv = 0;
	int r, rc = IMAP_TEMP;

	*new_uidvalidity = 0;
	memset(new_uids, 0, n * sizeof(*new_uids));
	if (s->has_move) {
		/* With UIDPLUS the server names the new UIDs (COPYUID,
		 * RFC 6851 4.3); imap-sla.c finds the messages by them. */
		r = s->has_uidplus ? mailimap_uidplus_uid_move(s->imap, set,
		    wire, &uv, &src, &dst) : mailimap_uid_move(s->imap, set,
		    wire);
		if (r != MAILIMAP_NO_ERROR) {
			*err = imap_errf(s, "UID MOVE failed", r);
			goto out;
		}
		goto done;
	}
	log_debug("uid %lu%s: no MOVE on this server: UID COPY to %s, then "
	    "\\Deleted and UID EXPUNGE", uids[0], n > 1 ? " and more" : "",
	    target);
	if (!copied && (r = mailimap_uidplus_uid_copy(s->imap, set, wire, &uv,
	    &src, &dst)) != MAILIMAP_NO_ERROR) {
		*err = imap_errf(s, "UID COPY failed", r);
		goto out;
	}
	fl = mailimap_flag_list_new_empty();
	mailimap_flag_list_add(fl, mailimap_flag_new_deleted());
	if (imap_store(s, uids, n, fl, err) != IMAP_OK)
		goto out;
	/* UID EXPUNGE (UIDPLUS): a plain EXPUNGE would also remove what
	 * others marked \Deleted. */
	if ((r = mailimap_uid_expunge(s->imap, set)) != MAILIMAP_NO_ERROR) {
		*err = imap_errf(s, "UID EXPUNGE failed", r);
		goto out;
	}
done:
	imap_copyuids(src, dst, uv, uids, n, new_uidvalidity, new_uids);
	rc = IMAP_OK;
out:
	g_free(wire);
	mailimap_set_free(set);
	if (src != NULL)
		mailimap_set_free(src);
	if (dst != NULL)
		mailimap_set_free(dst);
	return rc;
}

int
imap_move(struct imap_session *s, unsigned long uid, const char *target,
    const char *message_id, int redo, unsigned long *new_uidvalidity,
    unsigned long *new_uid, char **err)
{
	int have = 0;

	/* COPY + \Deleted + UID EXPUNGE is not atomic: after a crash the
	 * copy may already be there. */
	if (!s->has_move && redo && message_id != NULL &&
	    (have = imap_target_has(s, target, message_id, err)) < 0) {
		*new_uidvalidity = 0;
		*new_uid = 0;
		return IMAP_TEMP;
	}
	return imap_relocate(s, &uid, 1, target, have, new_uidvalidity,
	    new_uid, err);
}

int
imap_move_uids(struct imap_session *s, const unsigned long *uids,
    size_t n, const char *target, unsigned long *new_uidvalidity,
    unsigned long *new_uids, char **err)
{
	return imap_relocate(s, uids, n, target, 0, new_uidvalidity,
	    new_uids, err);
}
