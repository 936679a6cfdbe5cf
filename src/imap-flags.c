/* The operations the SLA check over IMAP (imap-sla.c) needs besides
 * imap-msg.c's: flags of many UIDs in one UID FETCH, a message
 * by Message-ID, keywords removed. Part of the IMAP module (libetpan). */
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <libetpan/libetpan.h>

#include "conf.h"
#include "imap.h"
#include "imap-int.h"

/* The flags of one FETCH response item: IMAP_F_*, and its UID. */
static unsigned
imap_att_flags(struct mailimap_msg_att *ma, unsigned long *uid)
{
	unsigned f = IMAP_F_PRESENT;

	*uid = 0;
	for (clistiter *it = clist_begin(ma->att_list); it != NULL;
	    it = clist_next(it)) {
		struct mailimap_msg_att_item *item = clist_content(it);

		if (item->att_type == MAILIMAP_MSG_ATT_ITEM_STATIC &&
		    item->att_data.att_static != NULL &&
		    item->att_data.att_static->att_type ==
		    MAILIMAP_MSG_ATT_UID)
			*uid = item->att_data.att_static->att_data.att_uid;
		if (item->att_type != MAILIMAP_MSG_ATT_ITEM_DYNAMIC ||
		    item->att_data.att_dyn == NULL ||
		    item->att_data.att_dyn->att_list == NULL)
			continue;
		for (clistiter *j = clist_begin(item->att_data.att_dyn->att_list);
		    j != NULL; j = clist_next(j)) {
			struct mailimap_flag_fetch *ff = clist_content(j);

			if (ff->fl_type != MAILIMAP_FLAG_FETCH_OTHER ||
			    ff->fl_flag == NULL)
				continue;
			if (ff->fl_flag->fl_type == MAILIMAP_FLAG_ANSWERED)
				f |= IMAP_F_ANSWERED;
			else if (ff->fl_flag->fl_type == MAILIMAP_FLAG_DELETED)
				f |= IMAP_F_DELETED;
		}
	}
	return f;
}

int
imap_flags(struct imap_session *s, const unsigned long *uids, size_t n,
    unsigned *flags, char **err)
{
	struct mailimap_fetch_type *ft;
	struct mailimap_set *set;
	clist *res = NULL;
	int r;

	memset(flags, 0, n * sizeof(*flags));
	if (n == 0)
		return IMAP_OK;
	set = mailimap_set_new_empty();
	for (size_t i = 0; i < n; i++)
		mailimap_set_add_single(set, (uint32_t)uids[i]);
	ft = mailimap_fetch_type_new_fetch_att_list_empty();
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_uid());
	mailimap_fetch_type_new_fetch_att_list_add(ft,
	    mailimap_fetch_att_new_flags());
	r = mailimap_uid_fetch(s->imap, set, ft, &res);
	mailimap_fetch_type_free(ft);
	mailimap_set_free(set);
	if (r != MAILIMAP_NO_ERROR) {
		*err = imap_errf(s, "UID FETCH (FLAGS) failed", r);
		return IMAP_TEMP;
	}
	for (clistiter *it = res ? clist_begin(res) : NULL; it != NULL;
	    it = clist_next(it)) {
		unsigned long uid;
		unsigned f = imap_att_flags(clist_content(it), &uid);

		/* Expunged UIDs are simply not answered (RFC 3501 6.4.8). */
		for (size_t i = 0; uid != 0 && i < n; i++)
			if (uids[i] == uid)
				flags[i] = f;
	}
	if (res != NULL)
		mailimap_fetch_list_free(res);
	return IMAP_OK;
}

int
imap_find_message_id(struct imap_session *s, const char *message_id,
    unsigned long *uid, char **err)
{
	struct mailimap_search_key *key;
	clist *res = NULL;
	char *v = g_strdup_printf("<%s>", message_id);
	int r;

	*uid = 0;
	key = mailimap_search_key_new_header(strdup("Message-ID"), v);
	r = mailimap_uid_search(s->imap, NULL, key, &res);
	mailimap_search_key_free(key);
	if (r != MAILIMAP_NO_ERROR) {
		*err = imap_errf(s, "UID SEARCH failed", r);
		return IMAP_TEMP;
	}
	for (clistiter *it = res ? clist_begin(res) : NULL; it != NULL;
	    it = clist_next(it)) {
		uint32_t *u = clist_content(it);
		if (*u > *uid)
			*uid = *u;
	}
	if (res != NULL)
		mailimap_search_result_free(res);
	return *uid != 0;
}

int
imap_remove_keywords(struct imap_session *s, unsigned long uid,
    const char *keywords, char **err)
{
	struct mailimap_flag_list *fl = mailimap_flag_list_new_empty();
	struct mailimap_store_att_flags *sf;
	struct mailimap_set *set;
	char **kw = g_strsplit(keywords, " ", -1);
	int r;

	for (char **k = kw; *k != NULL; k++)
		if (**k != '\0')
			mailimap_flag_list_add(fl,
			    mailimap_flag_new_flag_keyword(strdup(*k)));
	g_strfreev(kw);
	sf = mailimap_store_att_flags_new_remove_flags_silent(fl);
	set = mailimap_set_new_single((uint32_t)uid);
	r = mailimap_uid_store(s->imap, set, sf);
	mailimap_store_att_flags_free(sf);
	mailimap_set_free(set);
	if (r != MAILIMAP_NO_ERROR) {
		*err = imap_errf(s, "UID STORE failed", r);
		return IMAP_TEMP;
	}
	return IMAP_OK;
}
