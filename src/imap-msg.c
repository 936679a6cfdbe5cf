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

static int
imap_uid_cmp(const void *a, const void *b)
{
	unsigned long x = *(const unsigned long *)a;
	unsigned long y = *(const unsigned long *)b;

	return x < y ? -1 : x > y;
}

int
imap_uids_after(struct imap_session *s, unsigned long after,
    unsigned long **uids, size_t *n, char **err)
{
	struct mailimap_fetch_type *ft;
	GArray *a;
	clist *res = NULL;

	*uids = NULL;
	*n = 0;
	ft = mailimap_fetch_type_new_fetch_att_list_empty();
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_uid());
	/* "n:*" also matches the last message when its UID is below n
	 * (RFC 3501 6.4.8): filtered below. */
	if (imap_uid_fetch(s, mailimap_set_new_interval((uint32_t)after + 1,
	    0), ft, &res, err) != IMAP_OK)
		return IMAP_TEMP;
	a = g_array_new(FALSE, FALSE, sizeof(unsigned long));
	for (clistiter *it = res ? clist_begin(res) : NULL; it != NULL;
	    it = clist_next(it)) {
		struct mailimap_msg_att_static *st = imap_att(clist_content(it),
		    MAILIMAP_MSG_ATT_UID);
		unsigned long uid;
		if (st == NULL || (uid = st->att_data.att_uid) <= after)
			continue;
		g_array_append_val(a, uid);
	}
	if (res != NULL)
		mailimap_fetch_list_free(res);
	g_array_sort(a, imap_uid_cmp);
	*n = a->len;
	*uids = (unsigned long *)g_array_free(a, FALSE);
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
imap_fetch(struct imap_session *s, unsigned long uid, char **raw,
    size_t *len, time_t *arrived, char **err)
{
	struct mailimap_fetch_type *ft;
	clist *res = NULL;
	int found = 0;

	*raw = NULL;
	*len = 0;
	*arrived = 0;
	ft = mailimap_fetch_type_new_fetch_att_list_empty();
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_uid());
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_internaldate());
	/* BODY.PEEK[]: the whole message, and \Seen stays as it was. */
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_body_peek_section(mailimap_section_new(
	    NULL)));
	if (imap_uid_fetch(s, mailimap_set_new_single((uint32_t)uid), ft,
	    &res, err) != IMAP_OK)
		return IMAP_TEMP;
	for (clistiter *it = res ? clist_begin(res) : NULL; it != NULL;
	    it = clist_next(it)) {
		struct mailimap_msg_att *ma = clist_content(it);
		struct mailimap_msg_att_static *u, *b, *d;

		/* Unsolicited FETCH responses (flag changes by others) may
		 * come along: only ours counts. */
		u = imap_att(ma, MAILIMAP_MSG_ATT_UID);
		b = imap_att(ma, MAILIMAP_MSG_ATT_BODY_SECTION);
		if (u == NULL || u->att_data.att_uid != uid || b == NULL ||
		    b->att_data.att_body_section == NULL)
			continue;
		d = imap_att(ma, MAILIMAP_MSG_ATT_INTERNALDATE);
		*len = b->att_data.att_body_section->sec_length;
		*raw = g_malloc(*len + 1);
		if (*len > 0)
			memcpy(*raw, b->att_data.att_body_section->sec_body_part,
			    *len);
		(*raw)[*len] = '\0';
		if (d != NULL && d->att_data.att_internal_date != NULL)
			*arrived = imap_date(d->att_data.att_internal_date);
		found = 1;
		break;
	}
	if (res != NULL)
		mailimap_fetch_list_free(res);
	return found;
}

int
imap_exists(struct imap_session *s, unsigned long uid, char **err)
{
	unsigned long *uids = NULL;
	size_t n = 0;
	int found = 0;

	/* UID FETCH uid:uid (UID) answers nothing for an expunged UID. */
	if (imap_uids_after(s, uid - 1, &uids, &n, err) != IMAP_OK)
		return IMAP_TEMP;
	for (size_t i = 0; i < n; i++)
		if (uids[i] == uid)
			found = 1;
	g_free(uids);
	return found;
}

static int
imap_store(struct imap_session *s, unsigned long uid,
    struct mailimap_flag_list *fl, char **err)
{
	struct mailimap_store_att_flags *sf =
	    mailimap_store_att_flags_new_add_flags_silent(fl);
	struct mailimap_set *set = mailimap_set_new_single((uint32_t)uid);
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
imap_add_keywords(struct imap_session *s, unsigned long uid,
    const char *keywords, char **err)
{
	struct mailimap_flag_list *fl = mailimap_flag_list_new_empty();
	char **kw = g_strsplit(keywords, " ", -1);

	for (char **k = kw; *k != NULL; k++)
		if (**k != '\0')
			mailimap_flag_list_add(fl,
			    mailimap_flag_new_flag_keyword(strdup(*k)));
	g_strfreev(kw);
	return imap_store(s, uid, fl, err);
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

/* The first UID of a COPYUID response code's destination set, 0. */
static unsigned long
imap_copyuid(struct mailimap_set *dst)
{
	clistiter *it = dst != NULL ? clist_begin(dst->set_list) : NULL;
	struct mailimap_set_item *i = it != NULL ? clist_content(it) : NULL;

	return i != NULL ? i->set_first : 0;
}

int
imap_move(struct imap_session *s, unsigned long uid, const char *target,
    const char *message_id, int redo, unsigned long *new_uidvalidity,
    unsigned long *new_uid, char **err)
{
	struct mailimap_set *set, *src = NULL, *dst = NULL;
	struct mailimap_flag_list *fl;
	char *wire = imap_utf7_encode(target);
	uint32_t uv = 0;
	int r, have = 0;

	*new_uidvalidity = 0;
	*new_uid = 0;
	if (s->has_move) {
		set = mailimap_set_new_single((uint32_t)uid);
		/* With UIDPLUS the server names the new UID (COPYUID,
		 * RFC 6851 4.3); imap-sla.c finds the message by it. */
		r = s->has_uidplus ? mailimap_uidplus_uid_move(s->imap, set,
		    wire, &uv, &src, &dst) : mailimap_uid_move(s->imap, set,
		    wire);
		mailimap_set_free(set);
		if (r != MAILIMAP_NO_ERROR) {
			*err = imap_errf(s, "UID MOVE failed", r);
			goto fail;
		}
		goto done;
	}
	/* COPY + \Deleted + UID EXPUNGE is not atomic: after a crash the
	 * copy may already be there. */
	log_debug("uid %lu: no MOVE on this server: UID COPY to %s, then "
	    "\\Deleted and UID EXPUNGE", uid, target);
	if (redo && message_id != NULL &&
	    (have = imap_target_has(s, target, message_id, err)) < 0)
		goto fail;
	if (!have) {
		set = mailimap_set_new_single((uint32_t)uid);
		r = mailimap_uidplus_uid_copy(s->imap, set, wire, &uv, &src,
		    &dst);
		mailimap_set_free(set);
		if (r != MAILIMAP_NO_ERROR) {
			*err = imap_errf(s, "UID COPY failed", r);
			goto fail;
		}
	}
	fl = mailimap_flag_list_new_empty();
	mailimap_flag_list_add(fl, mailimap_flag_new_deleted());
	if (imap_store(s, uid, fl, err) != IMAP_OK)
		goto fail;
	set = mailimap_set_new_single((uint32_t)uid);
	r = mailimap_uid_expunge(s->imap, set);
	mailimap_set_free(set);
	if (r != MAILIMAP_NO_ERROR) {
		*err = imap_errf(s, "UID EXPUNGE failed", r);
		goto fail;
	}
done:
	*new_uid = imap_copyuid(dst);
	*new_uidvalidity = *new_uid != 0 ? uv : 0;
	r = IMAP_OK;
	goto out;
fail:
	r = IMAP_TEMP;
out:
	g_free(wire);
	if (src != NULL)
		mailimap_set_free(src);
	if (dst != NULL)
		mailimap_set_free(dst);
	return r;
}
