/* Parts built as modules of their own and loaded when first used: the
 * code that needs a big library with many dependencies (libpq for a
 * PostgreSQL ledger, libcurl for alerts, libmicrohttpd for the metrics
 * endpoint), so that a delivery, which needs none of them, does not pay
 * for loading and relocating them at every start (GModule, only in
 * module.c). */
#ifndef MODULE_H
#define MODULE_H

/* Where modules are looked for, first found wins: $MAILTRIAGE_MODULES,
 * the program's own directory (a build tree), then the installed
 * directory relative to it (MT_MODULE_RELDIR, ../lib/mailtriage). */

/* The symbol of module name (mailtriage-NAME.so), loaded once and kept;
 * NULL with *err (caller frees) saying which file and why. A module of
 * another build is refused. */
void *module_symbol(const char *name, const char *symbol, char **err);

/* This build's id (a new one at every configure): what a module, or a
 * file a program keeps between runs, must carry to be used. */
const char *module_build_id(void);

/* Each module's one source file says MT_MODULE; once: the id of the
 * build it belongs to. */
extern const char *const mt_module_build;
#define MT_MODULE const char *const mt_module_build = MT_BUILD_ID

#endif
