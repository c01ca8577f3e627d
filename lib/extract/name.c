/* Field extraction: personal names read through OCR damage (syllables run
 * together as in "LườnVănÚn", hyphens, letters and spellings Vietnamese
 * does not have, capitals inside a syllable, unknown surnames), and the
 * sex a middle name tells. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "parse-int.h"
#include "text/text.h"

/* The combining marks of Vietnamese letters: five tones, circumflex, breve
 * and horn (Unicode orthography, not a tunable label). */
static const utf8proc_int32_t vn_marks[] = { 0x300, 0x301, 0x303, 0x309,
    0x323, 0x302, 0x306, 0x31b };

/* Is c a letter Vietnamese writes: a Latin letter or đ with its marks? */
static int
vn_letter(utf8proc_int32_t c)
{
	utf8proc_int32_t d[8];
	int opt, n;

	opt = UTF8PROC_DECOMPOSE;
	n = (int)utf8proc_decompose_char(c, d, 8, opt, NULL);
	if (n < 1 || n > 3 || (d[0] >= 0x80 && d[0] != 0x110 && d[0] != 0x111))
		return 0;
	for (int i = 1; i < n; i++) {
		size_t k = 0;
		while (k < sizeof(vn_marks) / sizeof(*vn_marks) &&
		    vn_marks[k] != d[i])
			k++;
		if (k == sizeof(vn_marks) / sizeof(*vn_marks))
			return 0;
	}
	return 1;
}

int
lr_x_cap_marked(const char *word)
{
	utf8proc_int32_t c, d[4];
	utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)word,
	    -1, &c);

	if (n <= 0 || utf8proc_category(c) != UTF8PROC_CATEGORY_LU)
		return 0;
	n = utf8proc_decompose_char(c, d, 4, UTF8PROC_DECOMPOSE, NULL);
	return n > 1 && d[0] > 0 && d[0] < 0x80 &&
	    strchr("AEIOUY", (int)d[0]) != NULL &&
	    vn_letter(c);
}

static int
is_letter(utf8proc_int32_t c)
{
	utf8proc_category_t cat = utf8proc_category(c);

	return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

/* raw with a space put where a capital follows a small letter and for a
 * hyphen between letters ("LườnVănÚn", "Văn-Xôm"); *split set then.  The
 * letters Vietnamese does not write and capitals inside a syllable of a
 * name that is not all capitals count in *odd. */
static char *
split_runs(const char *raw, int *split, int *odd)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)raw;
	char *out = malloc(strlen(raw) * 2 + 1), *o = out;
	utf8proc_int32_t c, prev = ' ';
	utf8proc_ssize_t n;
	int lower_seen = 0, upper_after = 0;

	for (; out != NULL && *p != '\0'; p += n, prev = c) {
		if ((n = utf8proc_iterate(p, -1, &c)) <= 0)
			break;
		int up = utf8proc_category(c) == UTF8PROC_CATEGORY_LU;
		lower_seen |= utf8proc_category(c) == UTF8PROC_CATEGORY_LL;
		*odd += is_letter(c) && !vn_letter(c);
		if (up && is_letter(prev) &&
		    utf8proc_category(prev) == UTF8PROC_CATEGORY_LL)
			*o++ = ' ', (*split)++;
		else if (up && is_letter(prev))
			upper_after++;
		if (c == '-' && is_letter(prev) && is_letter(p[1]))
			c = ' ', (*split)++;
		o += utf8proc_encode_char(c, (utf8proc_uint8_t *)o);
	}
	if (out != NULL)
		*o = '\0';
	*odd += lower_seen ? upper_after : 0;
	return out;
}

/* Does the folded syllable w, after an onset of n letters, spell
 * vowels then a coda? */
static int
rhyme_ok(const lr_xdata *s, const char *w)
{
	size_t v = strspn(w, "aeiouy");

	if (v < 1 || v > 3)
		return 0;
	if (w[v] == '\0')
		return 1;
	for (int p = 0; p < s->labels.n; p++)
		if (s->labels.v[p].key == LAB_SYL_CODA &&
		    strcmp(s->labels.v[p].joined, w + v) == 0)
			return 1;
	return 0;
}

/* Can folded syllable w be Vietnamese: onset, one to three vowels, coda? */
static int
spelling_ok(const lr_xdata *s, const char *w)
{
	if (rhyme_ok(s, w))
		return 1;
	for (int p = 0; p < s->labels.n; p++) {
		const lr_phrase *ph = &s->labels.v[p];
		size_t n = strlen(ph->joined);
		if (ph->key == LAB_SYL_ONSET && strncmp(ph->joined, w, n) == 0 &&
		    rhyme_ok(s, w + n))
			return 1;
	}
	return 0;
}

/* Syllables of name (space-separated) that cannot be Vietnamese. */
static int
misspelt(const lr_xdata *s, const char *name)
{
	char *f = lr_ascii(name), *save = NULL;
	int bad = 0;

	if (f == NULL)
		return 0;
	for (char *w = strtok_r(f, " ", &save); w != NULL;
	    w = strtok_r(NULL, " ", &save))
		bad += !spelling_ok(s, w);
	free(f);
	return bad;
}

/* Does a syllable of name bear two tone marks ("Gấắm")?  Vietnamese
 * writes one a syllable: OCR read a mark twice. */
static int
two_tones(const char *name)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)name;
	utf8proc_int32_t c, d[4];
	utf8proc_ssize_t n;
	int tones = 0;

	for (; *p != '\0'; p += n) {
		if ((n = utf8proc_iterate(p, -1, &c)) <= 0)
			return 0;
		if (c == ' ')
			tones = 0;
		int k = (int)utf8proc_decompose_char(c, d, 4,
		    UTF8PROC_DECOMPOSE, NULL);
		for (int i = 1; i < k; i++)
			for (size_t t = 0; t < 5; t++)	/* the five tones */
				tones += d[i] == vn_marks[t];
		if (tones > 1)
			return 1;
	}
	return 0;
}

/* The surname (lower case) that the first syllable of name is, but for
 * its marks ("Trân": trần), when there is only one; else the one a byte
 * off it, when there is only one; *known set when the syllable is a
 * surname. */
static const char *
surname_near(const lr_xdata *s, const char *name, int *known)
{
	char *low = lr_lower(name), *fold;
	const char *near = NULL, *marks = NULL;
	int nnear = 0, nmarks = 0;

	*known = 0;
	if (low == NULL)
		return NULL;
	low[strcspn(low, " ")] = '\0';
	fold = lr_ascii(low);
	for (int p = 0; p < s->labels.n && !*known; p++) {
		const lr_phrase *ph = &s->labels.v[p];
		if (ph->key != LAB_SURNAME)
			continue;
		int d = lr_edit_distance(low, ph->text, 1);
		*known = d == 0;
		if (d == 1)
			near = ph->text, nnear++;
		if (fold != NULL && strcmp(fold, ph->joined) == 0)
			marks = ph->text, nmarks++;
	}
	free(low), free(fold);
	if (nmarks > 0)
		return nmarks == 1 ? marks : NULL;
	return nnear == 1 ? near : NULL;
}

/* name with its first syllable replaced by surname, title-cased. */
static char *
with_surname(const char *name, const char *surname)
{
	const char *rest = name + strcspn(name, " ");
	char *joined = malloc(strlen(surname) + strlen(rest) + 1), *out;

	if (joined == NULL)
		return NULL;
	strcpy(joined, surname);
	strcat(joined, rest);
	out = lr_title(joined);
	free(joined);
	return out;
}

/* Does label key k list middle names? */
static int
middle_key(int k)
{
	return k == LAB_MIDDLE_M || k == LAB_MIDDLE_F || k == LAB_NAME_MIDDLE;
}

/* Is the syllable w (lower case) a listed middle name read with other
 * marks: spelt like one but for its marks ("vẫn", "văn"), written like
 * none? */
static int
middle_marks_off(const lr_xdata *s, const char *w)
{
	char *f = lr_ascii(w);
	int like = 0, same = 0;

	for (int p = 0; f != NULL && p < s->labels.n; p++) {
		const lr_phrase *ph = &s->labels.v[p];
		if (!middle_key(ph->key))
			continue;
		like |= strcmp(ph->joined, f) == 0;
		same |= strcmp(ph->text, w) == 0;
	}
	free(f);
	return like && !same;
}

/* The middle-name phrase of key lab (any middle key when lab < 0) that
 * folded word f is, or NULL. */
static const lr_phrase *
middle_named(const lr_xdata *s, const char *f, int lab)
{
	for (int p = 0; p < s->labels.n; p++) {
		const lr_phrase *ph = &s->labels.v[p];
		if ((lab < 0 ? middle_key(ph->key) : ph->key == lab) &&
		    strcmp(ph->joined, f) == 0)
			return ph;
	}
	return NULL;
}

/* Middle syllables of name (neither the first nor the last) that are a
 * listed middle name with its marks misread. */
static int
middle_misread(const lr_xdata *s, const char *name)
{
	char *low = lr_lower(name), *save = NULL, *w, *next;
	int bad = 0;

	if (low == NULL || strtok_r(low, " ", &save) == NULL) {
		free(low);
		return 0;
	}
	for (w = strtok_r(NULL, " ", &save); w != NULL; w = next) {
		next = strtok_r(NULL, " ", &save);
		bad += next != NULL && middle_marks_off(s, w);
	}
	free(low);
	return bad;
}

/* The bytes of the first n characters of w. */
static size_t
chars(const char *w, size_t n)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)w;
	utf8proc_int32_t c;
	utf8proc_ssize_t k;
	size_t at = 0;

	while (n-- > 0 && (k = utf8proc_iterate(p + at, -1, &c)) > 0)
		at += (size_t)k;
	return at;
}

/* The length of the listed middle name that word w (title case, not the
 * name's first) starts with when w cannot be Vietnamese but the rest can:
 * OCR ran them together ("Asử", "Achừ" for "A Sử", "A Chừ"); else 0. */
static size_t
middle_run(const lr_xdata *s, const char *w)
{
	char *f = lr_ascii(w);
	size_t cut = 0;

	for (size_t n = 1; f != NULL && n < strlen(f) && cut == 0; n++) {
		char c = f[n];
		f[n] = '\0';
		int listed = middle_named(s, f, -1) != NULL;
		f[n] = c;
		if (listed && !spelling_ok(s, f) && spelling_ok(s, f + n))
			cut = chars(w, n);
	}
	free(f);
	return cut;
}

/* name with the listed middle names run into the next syllable split off
 * (middle_run), counted in *split.  NULL when out of memory. */
static char *
split_middles(const lr_xdata *s, const char *name, int *split)
{
	char *copy = strdup(name), *out = malloc(strlen(name) * 2 + 2), *o;
	char *save = NULL, *w;
	int first = 1;

	if ((o = out) == NULL || copy == NULL) {
		free(copy), free(out);
		return NULL;
	}
	for (w = strtok_r(copy, " ", &save); w != NULL;
	    w = strtok_r(NULL, " ", &save), first = 0) {
		size_t cut = first ? 0 : middle_run(s, w);
		o += sprintf(o, "%s%.*s%s%s", first ? "" : " ", (int)cut, w,
		    cut ? " " : "", w + cut);
		*split += cut > 0;
	}
	*o = '\0';
	free(copy);
	return out;
}

/* Does name lack its given name: one syllable only, or ending in Văn, Thị
 * or A ("Hoàng Thị", the rest lost to OCR)? */
static int
no_given(const lr_xdata *s, const char *name)
{
	const char *last = strrchr(name, ' ');
	char *f;
	int mid;

	if (last == NULL)
		return 1;
	if ((f = lr_ascii(last + 1)) == NULL)
		return 0;
	mid = middle_named(s, f, LAB_MIDDLE_M) != NULL ||
	    middle_named(s, f, LAB_MIDDLE_F) != NULL;
	free(f);
	return mid;
}

int
lr_x_name_glued(const char *word)
{
	const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)word;
	utf8proc_int32_t c, prev = 0;
	utf8proc_ssize_t n;
	int joins = 0;

	for (; *p != '\0'; p += n, prev = c) {
		if ((n = utf8proc_iterate(p, -1, &c)) <= 0 || !is_letter(c))
			return 0;
		utf8proc_category_t cat = utf8proc_category(c);
		if (prev == 0 && cat != UTF8PROC_CATEGORY_LU)
			return 0;
		joins += prev != 0 && cat == UTF8PROC_CATEGORY_LU &&
		    utf8proc_category(prev) == UTF8PROC_CATEGORY_LL;
	}
	return joins > 0;
}

char *
lr_x_name_fix(const lr_xdata *s, const char *raw, double *q,
    const char **why)
{
	int split = 0, odd = 0, known;
	char *runs = split_runs(raw, &split, &odd), *name, *mid;
	const char *near;

	name = runs != NULL ? lr_title(runs) : NULL;
	mid = name != NULL ? split_middles(s, name, &split) : NULL;
	free(name), free(runs);
	name = mid != NULL ? lr_title(mid) : NULL;
	free(mid);
	*q = 1, *why = NULL;
	if (name == NULL)
		return NULL;
	if (split)
		*why = "syllables of the name run together in OCR";
	else if (odd)
		*why = "letters Vietnamese names do not have";
	else if (misspelt(s, name) || two_tones(name))
		*why = "a syllable of the name is not Vietnamese";
	else if (middle_misread(s, name))
		*why = "a middle name read with other marks than it has";
	else if (no_given(s, name))
		*why = "no given name after the family and middle names";
	near = surname_near(s, name, &known);
	if (!known && *why == NULL)
		*why = near ? "surname repaired" : "surname not known";
	if (!known && near != NULL) {
		char *fixed = with_surname(name, near);
		if (fixed != NULL)
			free(name), name = fixed;
	}
	if (*why != NULL)
		*q = s->set[SET_NAME_DAMAGED];
	return name;
}

/* The syllable w of a name of sex ('M', 'F'), a middle name of that sex
 * with its marks misread ("Vẫn" of a man: Văn), as written; or NULL. */
static const char *
middle_of_sex(const lr_xdata *s, const char *w, int sex)
{
	char *low = lr_lower(w), *f = lr_ascii(w);
	const lr_phrase *ph = NULL;

	if (low != NULL && f != NULL && middle_marks_off(s, low))
		ph = middle_named(s, f, sex == 'M' ? LAB_MIDDLE_M :
		    LAB_MIDDLE_F);
	free(low), free(f);
	return ph ? ph->text : NULL;
}

char *
lr_x_middle_fix(const lr_xdata *s, const char *name, int sex)
{
	char *copy = strdup(name), *out = malloc(strlen(name) + 64), *o;
	char *save = NULL, *w, *next;
	int fixed = 0;

	if ((o = out) == NULL || copy == NULL ||
	    (w = strtok_r(copy, " ", &save)) == NULL) {
		free(copy), free(out);
		return NULL;
	}
	o += sprintf(o, "%s", w);
	for (w = strtok_r(NULL, " ", &save); w != NULL; w = next) {
		const char *m = NULL;
		if ((next = strtok_r(NULL, " ", &save)) != NULL &&
		    strlen(w) < 32 && (m = middle_of_sex(s, w, sex)) != NULL)
			fixed++;
		o += sprintf(o, " %s", m ? m : w);
	}
	free(copy);
	if (!fixed) {
		free(out);
		return NULL;
	}
	o = lr_title(out);
	free(out);
	return o;
}

int
lr_x_name_sex(const lr_xdata *s, const char *name)
{
	char *f = lr_ascii(name), *save = NULL, *prev = NULL;
	int sex = 0, first = 1;

	for (char *w = f ? strtok_r(f, " ", &save) : NULL; w != NULL && !sex;
	    w = strtok_r(NULL, " ", &save)) {
		for (int p = 0; prev != NULL && !first && p < s->labels.n; p++)
			if (strcmp(s->labels.v[p].joined, prev) == 0 &&
			    (s->labels.v[p].key == LAB_MIDDLE_M ||
			    s->labels.v[p].key == LAB_MIDDLE_F))
				sex = s->labels.v[p].key == LAB_MIDDLE_M ?
				    'M' : 'F';
		first = prev == NULL;
		prev = w;
	}
	free(f);
	return sex;
}
