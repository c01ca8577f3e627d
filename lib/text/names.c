/* Given names by sex: loading the lists of a names folder and telling the
 * sex a full name's given name has. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "names.h"
#include "vntext.h"
#include "util/util.h"

/* The keys (lr_tonekey) of one list, sorted once loaded. */
struct keys {
	char **v;
	size_t n, cap;
};

enum { MALE, FEMALE, NSEX };

struct lr_names {
	struct keys list[NSEX];
	struct keys syl;	/* every syllable of the lists, lower case */
	int maxwords;		/* syllables of the longest given name */
};

static int
key_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The number of space-separated words of s. */
static int
words(const char *s)
{
	int n = 0;

	for (const char *p = s; *p != '\0'; p++)
		if (*p != ' ' && (p == s || p[-1] == ' '))
			n++;
	return n;
}

/* Add the syllables of line, in lower case, to nm's syllables.  0, or -1
 * when line is not UTF-8 or memory ran out. */
static int
add_syllables(lr_names *nm, const char *line)
{
	char *low = lr_lower(line), *save = NULL;
	int rc = low == NULL ? -1 : 0;

	for (char *w = low ? strtok_r(low, " ", &save) : NULL; w != NULL &&
	    rc == 0; w = strtok_r(NULL, " ", &save)) {
		char *d = strdup(w);
		if (d == NULL || lr_reserve(&nm->syl.v, &nm->syl.cap,
		    nm->syl.n, sizeof(char *), 1024) != 0) {
			free(d);
			rc = -1;
		} else
			nm->syl.v[nm->syl.n++] = d;
	}
	free(low);
	return rc;
}

/* Add the syllables of the names of dir/file, when it can be read, to
 * nm's syllables: whole names a line ("Lò Văn Pản"), or after a line's
 * last tab ("thai<TAB>family<TAB>Lò Lường").  0, or -1 when a line is not
 * UTF-8 or memory ran out. */
static int
more_syllables(lr_names *nm, const char *dir, const char *file)
{
	char path[4096], *line = NULL, *tab;
	size_t cap = 0;
	ssize_t len;
	int rc = 0;
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", dir, file);
	if ((fp = fopen(path, "r")) == NULL)
		return 0;
	while (rc == 0 && (len = getline(&line, &cap, fp)) != -1) {
		while (len > 0 && strchr("\r\n \t", line[len - 1]) != NULL)
			line[--len] = '\0';
		tab = strrchr(line, '\t');
		if (line[0] != '#')
			rc = add_syllables(nm, tab != NULL ? tab + 1 : line);
	}
	free(line);
	fclose(fp);
	return rc;
}

/* Sort nm's syllables, each kept once. */
static void
syllables_sort(lr_names *nm)
{
	size_t u = 0;

	qsort(nm->syl.v, nm->syl.n, sizeof(char *), key_cmp);
	for (size_t i = 0; i < nm->syl.n; i++)
		if (u > 0 && strcmp(nm->syl.v[u - 1], nm->syl.v[i]) == 0)
			free(nm->syl.v[i]);
		else
			nm->syl.v[u++] = nm->syl.v[i];
	nm->syl.n = u;
}

/* Add the key of the given name line to k.  Returns 0, or -1 when line is
 * not UTF-8 or memory ran out. */
static int
add_key(lr_names *nm, struct keys *k, const char *line)
{
	char *key = lr_tonekey(line);

	if (key == NULL)
		return -1;
	if (lr_reserve(&k->v, &k->cap, k->n, sizeof(*k->v), 1024) != 0) {
		free(key);
		return -1;
	}
	k->v[k->n++] = key;
	if (words(line) > nm->maxwords)
		nm->maxwords = words(line);
	return add_syllables(nm, line);
}

/* Read the list dir/file into k, sorted.  Returns 0, or -1 with err set. */
static int
read_list(lr_names *nm, struct keys *k, const char *dir, const char *file,
    lr_err *err)
{
	char path[4096], *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int lineno = 0, rc = 0;
	FILE *fp;

	snprintf(path, sizeof(path), "%s/%s", dir, file);
	if ((fp = fopen(path, "r")) == NULL) {
		lr_err_sys(err, "'%s': cannot open", path);
		return -1;
	}
	while (rc == 0 && (len = getline(&line, &cap, fp)) != -1) {
		lineno++;
		while (len > 0 && strchr("\r\n \t", line[len - 1]) != NULL)
			line[--len] = '\0';
		if (line[0] == '#' || line[strspn(line, " \t")] == '\0')
			continue;
		if ((rc = add_key(nm, k, line)) != 0)
			lr_err_set(err, "'%s': line %d: not UTF-8", path, lineno);
	}
	if (rc == 0 && ferror(fp))
		lr_err_sys(err, "'%s': read error", path), rc = -1;
	free(line);
	fclose(fp);
	qsort(k->v, k->n, sizeof(*k->v), key_cmp);
	return rc;
}

lr_names *
lr_names_load(const char *dir, lr_err *err)
{
	lr_names *nm = calloc(1, sizeof(*nm));

	if (nm == NULL) {
		lr_err_sys(err, "out of memory");
		return NULL;
	}
	if (read_list(nm, &nm->list[MALE], dir, "given-male.txt", err) != 0 ||
	    read_list(nm, &nm->list[FEMALE], dir, "given-female.txt", err) !=
	    0) {
		lr_names_free(nm);
		return NULL;
	}
	if (more_syllables(nm, dir, "full-names.txt") != 0 ||
	    more_syllables(nm, dir, "dien-bien-ethnic.txt") != 0) {
		lr_err_set(err, "'%s': a names list is not UTF-8", dir);
		lr_names_free(nm);
		return NULL;
	}
	syllables_sort(nm);
	return nm;
}

int
lr_names_syllable(const lr_names *nm, const char *syl)
{
	char *low = lr_lower(syl);
	int in = low != NULL && bsearch(&low, nm->syl.v, nm->syl.n,
	    sizeof(char *), key_cmp) != NULL;

	free(low);
	return in;
}

/* The code points of s decomposed (NFD) into v (at most n); their count,
 * or -1 when s is not UTF-8 or too long. */
static int
nfd(const char *s, utf8proc_int32_t *v, int n)
{
	utf8proc_ssize_t k = utf8proc_decompose((const utf8proc_uint8_t *)s,
	    0, v, n, UTF8PROC_NULLTERM | UTF8PROC_DECOMPOSE);

	return k < 0 || k > n ? -1 : (int)k;
}

/* The tone mark of a syllable decomposed (v, n), or 0 (level tone). */
static utf8proc_int32_t
tone_of(const utf8proc_int32_t *v, int n)
{
	while (n-- > 0)
		if (v[n] == 0x300 || v[n] == 0x301 || v[n] == 0x303 ||
		    v[n] == 0x309 || v[n] == 0x323)
			return v[n];
	return 0;
}

/* Is syllable k (lower case) what OCR makes of listed syllable p in a
 * face whose a has one storey: p with an a read as o or ơ, or an â as ô,
 * in the same tone (lr_a_one_storey())? */
static int
near_syllable(const char *k, const char *p)
{
	utf8proc_int32_t a[40], b[40];
	int na = nfd(k, a, 40), nb = nfd(p, b, 40), near = 0;
	char *fk, *fp = NULL;

	if (na < 0 || nb < 0 || tone_of(a, na) != tone_of(b, nb))
		return 0;
	if ((fk = lr_toneless(k)) != NULL && (fp = lr_toneless(p)) != NULL)
		near = lr_a_one_storey(fk, fp) == 1;
	free(fk), free(fp);
	return near;
}

const char *
lr_names_near(const lr_names *nm, const char *syl, int *count)
{
	char *low = lr_lower(syl);
	const char *near = NULL;

	*count = 0;
	for (size_t i = 0; low != NULL && i < nm->syl.n; i++)
		if (near_syllable(low, nm->syl.v[i]))
			near = nm->syl.v[i], ++*count;
	free(low);
	return near;
}

/* The last k words of name (words single-spaced, trimmed), when name has
 * more than k words; else NULL. */
static const char *
last_words(const char *name, int k)
{
	const char *p = name + strlen(name);

	while (k-- > 0 && p != NULL)
		p = p > name ? memrchr(name, ' ', (size_t)(p - name - 1)) : NULL;
	return p != NULL ? p + 1 : NULL;
}

/* Which lists hold the key of given: bit 1 male, bit 2 female; -1 when
 * given is not UTF-8. */
static int
lists_of(const lr_names *nm, const char *given)
{
	char *key = lr_tonekey(given);
	int in = 0;

	if (key == NULL)
		return -1;
	for (int s = 0; s < NSEX; s++)
		if (nm->list[s].n > 0 && bsearch(&key, nm->list[s].v,
		    nm->list[s].n, sizeof(char *), key_cmp) != NULL)
			in |= 1 << s;
	free(key);
	return in;
}

/* How many names of list k end in the syllable of key last. */
static int
ending_in(const struct keys *k, const char *last)
{
	int n = 0;

	for (size_t i = 0; i < k->n; i++) {
		const char *sp = strrchr(k->v[i], ' ');
		n += sp != NULL && strcmp(sp + 1, last) == 0;
	}
	return n;
}

/* The sex the last syllable of a given name no list holds tells ("Duy
 * Đức": "Minh Đức", "Hồng Đức" are men's names): the list with two names
 * or more ending in it and four times as many as the other; 0. */
static int
by_last_syllable(const lr_names *nm, const char *words)
{
	const char *given = last_words(words, 1);
	char *key = given ? lr_tonekey(given) : NULL;
	int m, f;

	if (key == NULL)
		return 0;
	m = ending_in(&nm->list[MALE], key);
	f = ending_in(&nm->list[FEMALE], key);
	free(key);
	return m >= 2 && m >= 4 * f ? 'M' : f >= 2 && f >= 4 * m ? 'F' : 0;
}

int
lr_names_sex(const lr_names *nm, const char *name)
{
	char *words = lr_title(name);
	int in = 0, sex;

	for (int k = nm->maxwords; words != NULL && k > 0 && in == 0; k--) {
		const char *given = last_words(words, k);
		in = given ? lists_of(nm, given) : 0;
	}
	sex = in == 1 << MALE ? 'M' : in == 1 << FEMALE ? 'F' :
	    in == 0 && words != NULL ? by_last_syllable(nm, words) : 0;
	free(words);
	return sex;
}

void
lr_names_free(lr_names *nm)
{
	if (nm == NULL)
		return;
	for (int s = 0; s < NSEX; s++) {
		for (size_t i = 0; i < nm->list[s].n; i++)
			free(nm->list[s].v[i]);
		free(nm->list[s].v);
	}
	for (size_t i = 0; i < nm->syl.n; i++)
		free(nm->syl.v[i]);
	free(nm->syl.v);
	free(nm);
}

/* 1 when s is one of the words in list. */
static int
one_of(const char *s, const char *const *list)
{
	for (; *list != NULL; list++)
		if (strcmp(s, *list) == 0)
			return 1;
	return 0;
}

int
lr_parse_sex(const char *s)
{
	static const char *const male[] = { "nam", "m", "1", "male", NULL };
	static const char *const female[] = { "nữ", "f", "0", "female", NULL };
	char *low = lr_lower(s);
	int sex = 0;

	if (low == NULL)
		return 0;
	if (one_of(low, male))
		sex = 'M';
	else if (one_of(low, female))
		sex = 'F';
	free(low);
	return sex;
}
