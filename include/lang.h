/* The languages the shipped filters speak, and a cheap guess of which
 * one a message is written in (stop-word counts). */
#ifndef LANG_H
#define LANG_H

#include <stddef.h>

enum lang {
	LANG_EN,
	LANG_DE,
	LANG_FR,
	LANG_ES,
	LANG_PT,
	LANG_IT,
	LANG_NL,
	LANG_COUNT
};

#define LANG_ALL ((1u << LANG_COUNT) - 1)

const char *lang_name(enum lang l);	/* "en" ... */
int lang_parse(const char *code);	/* enum value or -1; "de-CH" is de */

/* The language text[0..len) is written in, or -1 when too little of it
 * is known to say. hint is a Content-Language value or NULL: it counts,
 * but the text can outvote it. */
int lang_guess(const char *text, size_t len, const char *hint);

#endif
