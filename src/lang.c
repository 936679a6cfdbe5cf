/* Language guess by stop words: the short function words every sentence
 * has. Each word of the text that is a stop word of a language counts for
 * it; words shared by several languages count for each, so the words
 * only one language has decide. */
#include <string.h>

#include <glib.h>

#include "lang.h"

#define LANG_MIN_HITS	3	/* fewer stop words: too little to say */
#define LANG_HINT	3	/* what a Content-Language header is worth */

static const char *const lang_names[LANG_COUNT] = {
	"en", "de", "fr", "es", "pt", "it", "nl"
};

/* Blank-separated, lower case. Chosen to be frequent in support mail
 * and, where possible, to belong to one language only. */
static const char *const lang_stop[LANG_COUNT] = {
	"the and is are you your have not this that with for was can please "
	"thanks thank my we our it of to in be been has would could there "
	"what when which will from they since but an on at is was were "
	"hello hi regards dear just still any all been "
	"how why where today yesterday always already now only does did "
	"me if so got",
	"der die das und ist nicht ich wir sie mit für auf ein eine einen "
	"bitte danke unser unsere kann können haben es zu von dem den auch "
	"noch seit wurde wird sind mein meine kein keine hallo ihr ihre "
	"wir uns sich bei nach oder wenn aber dass im vom zum grüße "
	"man hab habe gibt geht wie was warum heute gestern immer schon "
	"jetzt nur mal mir mich euch euer eure gerne",
	"le la les et est pas je nous vous avec pour une des du sur merci "
	"votre notre ne que qui mais ce cette depuis mon ma mes il elle "
	"sont été avons bonjour au aux de en un dans nos vos ai sont "
	"cordialement est-ce très aussi "
	"ça suis fait faire comment pourquoi quand où aujourd hier "
	"toujours déjà rien tout tous peux veux voudrais",
	"el los las y es no yo con para una por gracias su nuestro nuestra "
	"que pero del está muy hola mi mis desde estoy tengo hemos ha sido "
	"la le lo al este esta de en un nuestras nuestros podemos estamos "
	"hay sus tiene son fue han también ningún ninguna saludos "
	"cómo qué ya aquí hoy ayer esto eso porque cuando donde ahora "
	"todo todos siempre puede puedo quiero necesito vuestro vuestra os",
	"o os as e é não eu nós com para uma um obrigado obrigada seu sua "
	"nosso nossa que mas do da está você meu minha desde estou tenho "
	"foi olá ao dos das na no de em um nossa nossos nossas não "
	"estamos podemos temos são também nenhum nenhuma cumprimentos "
	"oi como pelo pela pelos consigo só quero queria já ainda aqui "
	"hoje ontem isso essa esse vocês tá pra mais muito agora",
	"il lo gli e è non io noi con per una un grazie che ma del della "
	"sono mio mia nostro nostra questo questa ci da abbiamo ho salve "
	"la le buongiorno al alla nel di in un nostri nostre siamo possiamo "
	"abbiamo sono anche nessun nessuna cordiali saluti "
	"ciao come senza voglio vorrei perché cosa sul sulla dal dalla "
	"però già più ancora dove ogni tutto tutti sempre oggi ieri",
	"de het een en is niet ik wij we met voor op dank bedankt ons onze "
	"dat maar van zijn u uw mijn graag sinds heb hebben wordt geen "
	"kunnen kan ook nog in een bij naar onze zijn hebben groeten "
	"groet alle niets geen "
	"hoe wat waarom waar vandaag gisteren altijd nu mij je jullie "
	"hoi moet wil zou",
};

static GHashTable *lang_table;	/* word -> bit mask of languages */

static void
lang_init(void)
{
	GHashTable *t;

	if (g_atomic_pointer_get(&lang_table) != NULL)
		return;
	t = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (int l = 0; l < LANG_COUNT; l++) {
		char **w = g_strsplit(lang_stop[l], " ", -1);

		for (char **p = w; *p != NULL; p++) {
			guint mask = GPOINTER_TO_UINT(g_hash_table_lookup(t,
			    *p));

			if (**p != '\0')
				g_hash_table_insert(t, g_strdup(*p),
				    GUINT_TO_POINTER(mask | (1u << l)));
		}
		g_strfreev(w);
	}
	if (!g_atomic_pointer_compare_and_exchange(&lang_table, NULL, t))
		g_hash_table_destroy(t);
}

const char *
lang_name(enum lang l)
{
	return (unsigned)l < LANG_COUNT ? lang_names[l] : "?";
}

int
lang_parse(const char *code)
{
	if (code == NULL)
		return -1;
	for (int l = 0; l < LANG_COUNT; l++)
		if (g_ascii_strncasecmp(code, lang_names[l], 2) == 0 &&
		    (code[2] == '\0' || code[2] == '-' || code[2] == '_'))
			return l;
	return -1;
}

/* Whether the character at p is a letter. */
static int
lang_alpha(const char *p)
{
	if ((unsigned char)*p < 0x80)
		return g_ascii_isalpha(*p);
	return g_unichar_isalpha(g_utf8_get_char(p));
}

int
lang_guess(const char *text, size_t len, const char *hint)
{
	unsigned long count[LANG_COUNT] = { 0 };
	const char *p = text, *end = text + len, *w;
	int best = -1, second = -1, h;
	char buf[32];

	lang_init();
	while (p < end) {
		int ascii = 1;

		while (p < end && !lang_alpha(p))
			p = g_utf8_next_char(p);
		w = p;
		while (p < end && lang_alpha(p)) {
			ascii &= (unsigned char)*p < 0x80;
			p = g_utf8_next_char(p);
		}
		if (p == w || (size_t)(p - w) >= sizeof buf)
			continue;
		/* Most words are ASCII: lower-cased without an allocation. */
		char *low = buf;

		if (ascii) {
			for (size_t i = 0; i < (size_t)(p - w); i++)
				buf[i] = g_ascii_tolower(w[i]);
			buf[p - w] = '\0';
		} else
			low = g_utf8_strdown(w, p - w);
		guint mask = GPOINTER_TO_UINT(g_hash_table_lookup(lang_table,
		    low));

		if (low != buf)
			g_free(low);
		for (int l = 0; mask != 0 && l < LANG_COUNT; l++)
			if (mask & (1u << l))
				count[l]++;
	}
	if (hint != NULL) {
		g_strlcpy(buf, hint, sizeof buf);
		if ((h = lang_parse(g_strstrip(buf))) >= 0)
			count[h] += LANG_HINT;
	}
	for (int l = 0; l < LANG_COUNT; l++) {
		if (best < 0 || count[l] > count[best]) {
			second = best;
			best = l;
		} else if (second < 0 || count[l] > count[second])
			second = l;
	}
	/* A clear lead, not a tie between neighbours. */
	if (count[best] < LANG_MIN_HITS ||
	    count[best] * 4 < count[second] * 5)
		return -1;
	return best;
}
