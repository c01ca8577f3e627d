/* Typed value parsers for worded values: amounts in words, land-use names
 * and codes, terms, personal names and free text (addresses). */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "parse-int.h"
#include "text/text.h"

/* Meanings of number words: indexes of numwords.tsv's meaning list. */
enum { NW_TEN = 10, NW_HUNDRED, NW_THOUSAND, NW_MILLION, NW_BILLION,
    NW_POINT, NW_SKIP };

static int
span(lr_span *sp, int a, int b, double q, const char *why)
{
	sp->a = a, sp->b = b, sp->q = q, sp->why = q < 1 ? why : NULL;
	return 0;
}

/* An integer being read from number words. */
struct acc {
	double total, sub;
	int pend, has_pend, words;
};

static void
acc_word(struct acc *a, int m)
{
	static const double mult[] = { 1e3, 1e6, 1e9 };

	a->words++;
	if (m <= 9) {
		if (a->has_pend)
			a->sub += a->pend * 10;
		a->pend = m, a->has_pend = 1;
	} else if (m == NW_TEN) {
		a->sub += a->has_pend ? a->pend * 10 : 10;
		a->has_pend = 0;
	} else if (m == NW_HUNDRED) {
		a->sub += (a->has_pend ? a->pend : 1) * 100;
		a->has_pend = 0;
	} else if (m >= NW_THOUSAND && m <= NW_BILLION) {
		a->sub += a->has_pend ? a->pend : 0;
		a->total += (a->sub > 0 ? a->sub : 1) * mult[m - NW_THOUSAND];
		a->sub = 0, a->has_pend = 0;
	}
}

static double
acc_value(const struct acc *a)
{
	return a->total + a->sub + (a->has_pend ? a->pend : 0);
}

int
lr_parse_words_number(const lr_xdata *s, const lr_toks *t, int i, int end,
    double *v, lr_span *sp)
{
	struct acc in = { 0 }, frac = { 0 }, *a = &in;
	int zeros = 0, next, p, start;

	start = i = lr_tok_skip(t, i, end, ":-(");
	while (i < end && (p = lr_phrase_at(&s->numwords, t, i, end, &next,
	    NULL)) >= 0) {
		int m = s->numwords.v[p].key;
		i = next;
		if (m == NW_POINT && a == &in)
			a = &frac;
		else if (a == &frac && m == 0 && acc_value(a) == 0)
			zeros++;
		else if (m != NW_SKIP && m != NW_POINT)
			acc_word(a, m);
	}
	if (in.words == 0)
		return -1;
	*v = acc_value(&in);
	if (frac.words > 0) {
		double f = acc_value(&frac);
		int digits = f >= 1 ? (int)floor(log10(f)) + 1 : 0;
		*v += f / pow(10, digits + zeros);
	}
	return span(sp, start, i, 1, NULL);
}

/* The code of a 3-letter token ("ONT", OCR'd "0NT", or with a mark
 * "LŨK"), its index or -1. */
static int
code_token(const lr_xdata *s, const lr_tok *k, int *repaired)
{
	char c[4], *title = lr_title(k->text), *low = lr_lower(k->text);
	int marked = title && low && strcmp(title, k->text) != 0 &&
	    strcmp(low, k->text) != 0 && strlen(k->fold) == 3 &&
	    (k->flags & TOK_MARKED);	/* in capitals, not "Tín", "tín" */
	const char *x = marked ? k->fold : k->text;

	free(title), free(low);
	if (strlen(x) != 3 || !(k->flags & TOK_ALPHA))
		return -1;
	for (int j = 0; j < 3; j++) {
		c[j] = x[j] == '0' ? 'O' : x[j] == '1' ? 'I' :
		    (char)toupper((unsigned char)x[j]);
		if (!isupper((unsigned char)c[j]) || (!marked &&
		    islower((unsigned char)x[j])))
			return -1;
	}
	c[3] = '\0';
	*repaired = marked || strcmp(c, k->text) != 0;
	return lr_xdata_code(s, c);
}

/* The land-use code printed among tokens [i, end) before a ';' or line
 * break: its index, the token in *at; or -1. */
static int
find_code(const lr_xdata *s, const lr_toks *t, int i, int end, int *at,
    int *repaired)
{
	int c;

	for (int j = i; j < end && j < i + 16; j++) {
		if (lr_tok_is(t, j, ';') || (j > i && (t->v[j].flags & TOK_BOL)))
			break;
		if ((c = code_token(s, &t->v[j], repaired)) >= 0) {
			*at = j;
			return c;
		}
	}
	return -1;
}

int
lr_parse_landuse(const lr_xdata *s, const lr_toks *t, int i, int end,
    char code[4], lr_span *sp)
{
	int a, at = -1, rep = 0, next = -1, dist = 0, byname = -1, bycode, p;

	a = i = lr_tok_skip(t, i, end, ":-(");
	if (i < end && strcmp(t->v[i].key, LR_LAND_WORD) == 0)
		i++;
	if ((p = lr_phrase_at(&s->uses, t, i, end, &next, &dist)) >= 0)
		byname = s->uses.v[p].key;
	bycode = find_code(s, t, next > 0 ? next : i, end, &at, &rep);
	if (byname < 0 && bycode < 0)
		return -1;
	int b = at >= 0 ? lr_tok_skip(t, at + 1, end, ")") : next;
	if (bycode < 0 || byname == bycode || byname < 0) {
		/* a code repaired that its name beside it names too stands */
		rep = rep && byname != bycode;
		memcpy(code, s->codes[bycode >= 0 ? bycode : byname], 4);
		return span(sp, a, b, rep ? s->set[SET_REPAIR] : 1,
		    "code repaired");
	}
	/* code and name disagree: a code one letter off its name's code is
	 * an OCR error; else keep the printed code */
	if (lr_edit_distance(s->codes[bycode], s->codes[byname], 1) <= 1) {
		memcpy(code, s->codes[byname], 4);
		return span(sp, a, b, s->set[SET_EVIDENCE_REPAIR],
		    "land-use code repaired from its name");
	}
	memcpy(code, s->codes[bycode], 4);
	return span(sp, a, b, s->set[SET_CHECK_FAILED],
	    "land-use code disagrees with its name");
}

/* "label value" as a new string. */
static char *
labelled(const lr_xdata *s, int lab, const char *value)
{
	char *l = lr_label_text(s, lab), *out = NULL;

	if (l != NULL && asprintf(&out, "%s %s", l, value) < 0)
		out = NULL;
	free(l);
	return out;
}

/* The token after the words of a variant of label lab at token i read
 * with one letter misread ("năn" for "năm", "tâu dài" for "lâu dài"):
 * as many words, as many letters, one of them other; -1 when none. */
static int
label_misread(const lr_xdata *s, const lr_toks *t, int i, int end, int lab)
{
	for (int p = 0; p < s->labels.n; p++) {
		const lr_phrase *ph = &s->labels.v[p];
		char buf[64] = "";
		int j = i;

		if (ph->key != lab)
			continue;
		for (; j < end && j < i + ph->nwords &&
		    (t->v[j].flags & TOK_ALPHA) &&
		    strlen(buf) + strlen(t->v[j].key) < sizeof(buf); j++)
			strcat(buf, t->v[j].key);
		if (j == i + ph->nwords && strlen(buf) == strlen(ph->joined) &&
		    lr_edit_distance(buf, ph->joined, 1) <= 1)
			return j;
	}
	return -1;
}

/* The token after label lab at token i, or after its words read with one
 * letter misread (*misread set); -1 when neither. */
static int
term_word(const lr_xdata *s, const lr_toks *t, int i, int end, int lab,
    int *misread)
{
	int n = lr_label_at(s, t, i, end, lab, NULL);

	if (n < 0 && (n = label_misread(s, t, i, end, lab)) > 0)
		*misread = 1;
	return n;
}

static const char why_term[] = "a word of the term misread by OCR";

int
lr_parse_term(const lr_xdata *s, const lr_toks *t, int i, int end,
    char **term, int end_ymd[3], lr_span *sp)
{
	char num[8], date[40], *yl;
	int n, bad = 0, a = i = lr_tok_skip(t, i, end, ":-");

	end_ymd[0] = 0;
	if ((n = term_word(s, t, i, end, LAB_TERM_FOREVER, &bad)) > 0) {
		*term = lr_label_text(s, LAB_TERM_FOREVER);
		return span(sp, a, n, bad ? s->set[SET_REPAIR] : 1, why_term);
	}
	if ((n = lr_label_at(s, t, i, end, LAB_TERM_UNTIL, NULL)) > 0 &&
	    lr_parse_date(s, t, n, end, end_ymd, sp) == 0) {
		snprintf(date, sizeof(date), "%02d/%02d/%04d", end_ymd[2],
		    end_ymd[1], end_ymd[0]);
		*term = labelled(s, LAB_TERM_UNTIL, date);
		sp->a = a;
		return 0;
	}
	if (lr_parse_int(s, t, i, end, num, sizeof(num), sp) != 0 ||
	    (n = term_word(s, t, sp->b, end, LAB_TERM_YEARS, &bad)) < 0)
		return -1;
	if (bad && sp->q >= 1)
		span(sp, sp->a, sp->b, s->set[SET_REPAIR], why_term);
	yl = lr_label_text(s, LAB_TERM_YEARS);
	if (yl != NULL)
		yl[0] = (char)tolower((unsigned char)yl[0]);
	if (yl == NULL || asprintf(term, "%d %s", atoi(num), yl) < 0)
		*term = NULL;
	free(yl);
	sp->b = n;
	return *term != NULL ? 0 : -1;
}

const char lr_why_cap_mark[] = "mark on a capital letter of the name read "
    "by OCR with less than full confidence";

/* Does a word of [i, j) start with a marked capital vowel read with a
 * confidence under cap_mark_conf?  Such marks are easily misread ("Ưng"
 * as "Ứng", "Ỏm" as "Óm") into another valid syllable. */
static int
cap_mark_doubtful(const lr_xdata *s, const lr_toks *t, int i, int j)
{
	for (; i < j; i++)
		if (t->v[i].conf < s->set[SET_CAP_MARK_CONF] &&
		    lr_x_cap_marked(t->v[i].text))
			return 1;
	return 0;
}

/* Is token j (upper case) exactly a listed middle name (Văn, Thị, A)? */
static int
middle_at(const lr_xdata *s, const lr_toks *t, int j, int end)
{
	int d = 1;

	return (t->v[j].flags & TOK_UPPER) &&
	    (lr_label_at(s, t, j, end, LAB_MIDDLE_M, &d) == j + 1 ||
	    lr_label_at(s, t, j, end, LAB_MIDDLE_F, &d) == j + 1) && d == 0;
}

/* The end of a run of specks OCR put inside a name at token j (after its
 * token j - 1): marks before its middle name ("bà Thào. Thị Chá") or
 * after it ("bà Vì Thị. _Toa"), followed by a capitalised word; j when
 * there is none. */
static int
specks_in_name(const lr_xdata *s, const lr_toks *t, int j, int end)
{
	int k = lr_tok_skip(t, j, end, ".*_`^~'");

	if (k == j || k >= end || !(t->v[k].flags & TOK_UPPER) ||
	    (t->v[k].flags & TOK_PUNCT))
		return j;
	if (middle_at(s, t, j - 1, end) ||
	    (k + 1 < end && middle_at(s, t, k, end) &&
	    (t->v[k + 1].flags & TOK_UPPER)))
		return k;
	return j;
}

/* Does token k end a clause or open a bracket: none of a speck's marks? */
static int
clause_mark(const lr_toks *t, int k)
{
	return lr_tok_is(t, k, '.') || lr_tok_is(t, k, ',') ||
	    lr_tok_is(t, k, ';') || lr_tok_is(t, k, ':') ||
	    lr_tok_is(t, k, '(') || lr_tok_is(t, k, ')') ||
	    lr_tok_is(t, k, '|');
}

/* The end of a run of specks that ends a line inside a name at token j,
 * the name going on on the next line ("hộ ông Đặng Hữu'" / "Toản, sinh
 * năm"): a capitalised word opens that line; j when there is none. */
static int
specks_at_eol(const lr_toks *t, int j, int end)
{
	int k = j;

	while (k < end && !(t->v[k].flags & TOK_BOL) &&
	    !lr_tab_content(&t->v[k]) && !clause_mark(t, k))
		k++;
	if (k == j || k >= end || !(t->v[k].flags & TOK_BOL) ||
	    !(t->v[k].flags & TOK_UPPER) || (t->v[k].flags & TOK_PUNCT))
		return j;
	return k;
}

/* The words of a name from token i, past one run of specks inside it
 * (specks_in_name, specks_at_eol; tokens [*dot, *dot_end), else *dot is
 * -1); the token after the name. */
static int
name_end(const lr_xdata *s, const lr_toks *t, int i, int end, int *dot,
    int *dot_end, int *marked)
{
	int j, k;

	*dot = -1;
	for (j = i; j < end && j - i < (int)s->set[SET_NAME_MAX]; j++) {
		unsigned f = t->v[j].flags;
		if (*dot < 0 && j > i && ((k = specks_in_name(s, t, j,
		    end)) > j || (k = specks_at_eol(t, j, end)) > j)) {
			*dot = j, *dot_end = k;
			j = k - 1;
			continue;
		}
		if (!(f & TOK_UPPER) || (f & (TOK_PUNCT | TOK_DIGIT)))
			break;
		*marked |= f & TOK_MARKED;
	}
	return j;
}

/* The text of tokens [i, j) but tokens [dot, dot_end) (dot -1: none);
 * NULL when out of memory. */
static char *
join_without(const lr_toks *t, int i, int j, int dot, int dot_end)
{
	char *x, *y, *out;

	if (dot < 0)
		return lr_tok_join(t, i, j);
	x = lr_tok_join(t, i, dot), y = lr_tok_join(t, dot_end, j);
	out = x && y ? malloc(strlen(x) + strlen(y) + 2) : NULL;
	if (out != NULL)
		sprintf(out, "%s %s", x, y);
	free(x), free(y);
	return out;
}

/* Is token j, on the line of the name before it, a word OCR read with a
 * figure for a letter ("Phạm Quỳnh 5a" for "Sa"): figures and letters
 * mixed?  The name may go on past where it stops. */
static int
figure_word(const lr_toks *t, int j, int end)
{
	const char *f = j < end ? t->v[j].fold : "";

	return j < end && !(t->v[j].flags & TOK_BOL) &&
	    strpbrk(f, "0123456789") != NULL &&
	    strpbrk(f, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") !=
	    NULL;
}

int
lr_parse_name(const lr_xdata *s, const lr_toks *t, int i, int end,
    char **name, lr_span *sp)
{
	int a = i = lr_tok_skip_to_name(t, i, end), marked = 0, j, dot, dot_end;
	const char *why;
	char *raw;
	double q;

	j = name_end(s, t, i, end, &dot, &dot_end, &marked);
	if (j == i || (raw = join_without(t, i, j, dot, dot_end)) == NULL)
		return -1;
	*name = lr_x_name_fix(s, raw, &q, &why);
	free(raw);
	if (*name == NULL)
		return -1;
	if (q >= 1 && cap_mark_doubtful(s, t, i, j))
		q = s->set[SET_CAP_MARK], why = lr_why_cap_mark;
	if (q >= 1 && dot >= 0)
		q = s->set[SET_REPAIR], why = "marks inside the name passed over";
	if (q >= 1 && figure_word(t, j, end))
		q = s->set[SET_REPAIR], why = "a word read with figures ends "
		    "the name";
	if (q < 1)
		return span(sp, a, j, q, why);
	return span(sp, a, j, marked || j - i < 2 ? 1 : s->set[SET_NAME_PLAIN],
	    "name without any Vietnamese mark");
}

/* Is s, up to its last character, an item's number: one or two digits,
 * a Roman numeral with an I ("I", "IV"; "V." and "X." may abbreviate a
 * unit), or one small letter before ")"? */
static int
marker_text(const char *s, size_t n, char stop)
{
	char buf[8];

	if (n == 0 || n >= sizeof(buf))
		return 0;
	memcpy(buf, s, n), buf[n] = '\0';
	if (n <= 2 && strspn(buf, "0123456789") == n)
		return 1;
	if (lr_parse_roman(buf) > 0 && strchr(buf, 'I') != NULL)
		return 1;
	return n == 1 && stop == ')' && buf[0] >= 'a' && buf[0] <= 'z';
}

/* Does token k start its line as an item's number, "1." "I." "a)" (a
 * list's next item: no text runs on into it)? */
static int
item_marker(const lr_toks *t, int k, int end)
{
	const char *s = t->v[k].text;
	size_t n = strlen(s);

	if (!(t->v[k].flags & TOK_BOL) || n == 0)
		return 0;
	if (strchr(".)", s[n - 1]) != NULL && n > 1)
		return marker_text(s, n - 1, s[n - 1]);
	return k + 1 < end && (lr_tok_is(t, k + 1, '.') ||
	    lr_tok_is(t, k + 1, ')')) && marker_text(s, n,
	    t->v[k + 1].text[0]);
}

/* Does the text run on from line-end token j to the next line?  Not after
 * a full stop, nor into a "- " or "1." item. */
static int
runs_on(const lr_toks *t, int j, int end)
{
	if (j + 1 >= end || (t->v[j + 1].flags & TOK_PUNCT) ||
	    item_marker(t, j + 1, end))
		return 0;
	return !(t->v[j].flags & TOK_PUNCT) || lr_tok_is(t, j, ',');
}

/* Does token j end a sentence?  "TP." and "P." do not. */
static int
sentence_end(const lr_toks *t, int j, int end)
{
	if (!lr_tok_is(t, j, '.'))
		return 0;
	if (j + 1 >= end || (t->v[j + 1].flags & TOK_BOL))
		return 1;
	return !(j > 0 && strlen(t->v[j - 1].key) <= 2 &&
	    (t->v[j - 1].flags & TOK_UPPER));
}

int
lr_parse_text(const lr_toks *t, int i, int end, int stop_comma, char **text,
    lr_span *sp)
{
	int a = i = lr_tok_skip(t, i, end, ":-"), j;

	for (j = i; j < end; j++) {
		if (lr_tok_is(t, j, ';') || lr_tok_is(t, j, '|') ||
		    (stop_comma && lr_tok_is(t, j, ',')) ||
		    sentence_end(t, j, end))
			break;
		if (j + 1 < end && (t->v[j + 1].flags & TOK_BOL) &&
		    !runs_on(t, j, end)) {
			j++;
			break;
		}
	}
	while (j > i && (t->v[j - 1].flags & TOK_PUNCT) &&
	    !lr_tok_is(t, j - 1, ')'))
		j--;
	if (j == i || (*text = lr_tok_join(t, i, j)) == NULL)
		return -1;
	return span(sp, a, j, 1, NULL);
}

/* Does word j, in small letters inside a unit's name, end that name, a
 * word or two before a comma and the next unit's type word: a capital OCR
 * lost ("huyện Vĩnh bình, tỉnh Quảng Trị")? */
static int
lost_capital(const lr_xdata *s, const lr_toks *t, int j, int b)
{
	for (int k = j + 1; k < b && k <= j + 2; k++) {
		if (lr_tok_is(t, k, ','))
			return k + 1 < b && lr_label_at(s, t, k + 1, b,
			    LAB_UNIT_TYPE, NULL) > 0;
		if (!(t->v[k].flags & TOK_ALPHA))
			return 0;
	}
	return 0;
}

/* Is the unit type word at tokens [j, n) a province's followed by a
 * figure before b: a road's class and number ("Đường tỉnh 923"), since no
 * province is named by a figure? */
static int
road_type(const lr_xdata *s, const lr_toks *t, int j, int n, int b)
{
	return n < b && (t->v[n].flags & TOK_DIGIT) &&
	    lr_label_at(s, t, j, b, LAB_UNIT_PROVINCE, NULL) == n;
}

/* Where an address ends inside tokens [a, b): at the first lower-case word
 * after the capitalised name that follows a unit type ("..., tỉnh Điện
 * Biên thuê đất như sau"), but for a capital OCR lost; a stray mark inside
 * the name ("Điện: Biên", "Mường € Chà") does not end it, a comma does. */
static int
address_end(const lr_xdata *s, const lr_toks *t, int a, int b)
{
	int in_name = 0, units = 0, n;

	for (int j = a; j < b; j++) {
		unsigned f = t->v[j].flags;
		if ((n = lr_label_at(s, t, j, b, LAB_UNIT_TYPE, NULL)) > 0 &&
		    road_type(s, t, j, n, b))
			j = n;		/* "Đường tỉnh 923" */
		else if (n > 0) {
			in_name = 1, units++;
			j = n - 1;
		} else if (f & TOK_PUNCT) {
			in_name &= !lr_tok_is(t, j, ',') && !lr_tok_is(t, j, ';');
			/* ", đối với": past the units, a lower-case word after a
			 * comma is no part of the address */
			if (units > 0 && j + 1 < b && lr_tok_is(t, j, ',') &&
			    !(t->v[j + 1].flags & (TOK_UPPER | TOK_DIGIT)) &&
			    lr_label_at(s, t, j + 1, b, LAB_UNIT_TYPE, NULL) < 0)
				return j;
		} else if (in_name && (f & TOK_ALPHA) && !(f & TOK_UPPER) &&
		    !lost_capital(s, t, j, b))
			return j;
	}
	return b;
}

/* Does a token of [a, b) mix digits with letters OCR makes of digits
 * ("1O", "l3")? */
static int
mixed_digits(const lr_toks *t, int a, int b)
{
	for (int j = a; j < b; j++) {
		const char *x = t->v[j].text;
		size_t d = strspn(x + strcspn(x, "0123456789"), "0123456789");
		if (d > 0 && strpbrk(x, "OolIS") != NULL && strlen(x) <= 6)
			return 1;
	}
	return 0;
}

/* Is k a word in small letters? */
static int
small_word(const lr_tok *k)
{
	return (k->flags & (TOK_ALPHA | TOK_UPPER)) == TOK_ALPHA;
}

/* Is word j of [a, b) a capital OCR made: a word with a Vietnamese mark
 * in capitals after its first letter ("Co MỎ"), or a capitalised word
 * between two words in small letters ("một Lần cho")?  OCR misreads the
 * marks of capitals and takes marks for capitals. */
static int
odd_capital(const lr_toks *t, int j, int a, int b)
{
	const lr_tok *k = &t->v[j];
	char *tt;
	int odd;

	if (!(k->flags & TOK_UPPER) || (tt = lr_title(k->text)) == NULL)
		return 0;
	if (strcmp(tt, k->text) != 0)
		odd = (k->flags & TOK_MARKED) != 0;
	else
		odd = j > a && j + 1 < b && small_word(&t->v[j - 1]) &&
		    small_word(&t->v[j + 1]);
	free(tt);
	return odd;
}

/* In text of [a, b) written in small letters ("xã", "thuê đất"), is a
 * capital OCR made? */
static int
capitals_inside(const lr_toks *t, int a, int b)
{
	int small = 0, odd = 0;

	for (int j = a; j < b && !(small && odd); j++) {
		small |= small_word(&t->v[j]);
		odd |= odd_capital(t, j, a, b);
	}
	return small && odd;
}

/* Doubt the text of sp when it shows a capital OCR made. */
static void
capitals_doubt(const lr_xdata *s, const lr_toks *t, lr_span *sp)
{
	if (capitals_inside(t, sp->a, sp->b)) {
		sp->q = s->set[SET_REPAIR];
		sp->why = "capitals inside the text, misread by OCR";
	}
}

int
lr_parse_sentence(const lr_xdata *s, const lr_toks *t, int i, int end,
    char **text, lr_span *sp)
{
	char *raw;

	if (lr_parse_text(t, i, end, 0, &raw, sp) != 0)
		return -1;
	capitals_doubt(s, t, sp);
	*text = lr_sentence_case(raw);
	free(raw);
	return *text == NULL ? -1 : 0;
}

/* Is token j, a '.', a speck between a unit's type word and the unit's
 * name ("tỉnh. Phú Thọ": a type word is never the end of an address; in
 * a table's cell the name is often on the cell's next line)? */
static int
named_after(const lr_xdata *s, const lr_toks *t, int a, int j, int end)
{
	if (!lr_tok_is(t, j, '.') || j + 1 >= end ||
	    !(t->v[j + 1].flags & TOK_UPPER))
		return 0;
	for (int k = j - 1; k >= a && k >= j - 2; k--)
		if (lr_label_at(s, t, k, j, LAB_UNIT_TYPE, NULL) == j)
			return 1;
	return 0;
}

/* Does the address from token a read up to token j go on past it: a ';'
 * OCR read for the comma before a unit ("bản Phai Cát; xã Phì Nhừ"), a
 * '.' before a unit's type word in small letters, which no sentence
 * starts with ("xã Thạch Châu. huyện Thạch Hà"), or a '.' between a
 * type word and its name (named_after)? */
static int
goes_on(const lr_xdata *s, const lr_toks *t, int a, int j, int end)
{
	return (j + 1 < end && (lr_tok_is(t, j, ';') || (lr_tok_is(t, j,
	    '.') && !(t->v[j + 1].flags & TOK_UPPER))) &&
	    lr_label_at(s, t, j + 1, end, LAB_UNIT_TYPE, NULL) > 0) ||
	    named_after(s, t, a, j, end);
}

/* Does the address read up to token j, a comma that ends its line, go on
 * past a speck read as a dot that opens the next line (", " then ". huyện
 * Điện Biên"): a unit's type word after the dot? */
static int
speck_opens(const lr_xdata *s, const lr_toks *t, int j, int end)
{
	return j + 2 < end && lr_tok_is(t, j, ',') && lr_tok_is(t, j + 1, '.') &&
	    (t->v[j + 1].flags & TOK_BOL) &&
	    !(t->v[j + 2].flags & (TOK_BOL | TOK_UPPER)) &&
	    lr_label_at(s, t, j + 2, end, LAB_UNIT_TYPE, NULL) > 0;
}

/* The text of an address from token i, carried past the stops goes_on()
 * finds and the specks speck_opens() does.  -1 when there is none. */
static int
address_text(const lr_xdata *s, const lr_toks *t, int i, int end,
    char **text, lr_span *sp)
{
	lr_span more;
	char *p;
	int go;

	if (lr_parse_text(t, i, end, 0, text, sp) != 0)
		return -1;
	for (;;) {
		go = goes_on(s, t, sp->a, sp->b, end) ? sp->b + 1 :
		    speck_opens(s, t, sp->b, end) ? sp->b + 2 : -1;
		if (go < 0 || lr_parse_text(t, go, end, 0, &p, &more) != 0)
			return 0;
		free(p);
		free(*text);
		sp->b = more.b;
		if ((*text = lr_tok_join(t, sp->a, sp->b)) == NULL)
			return -1;
	}
}

/* The stops address_text() carried the address of sp past made commas in
 * text: all its ';', and each '.' before a unit's type word, which is
 * doubted. */
static void
stops_to_commas(const lr_xdata *s, const lr_toks *t, char *text, lr_span *sp)
{
	char *p;

	for (p = text; (p = strchr(p, ';')) != NULL; )
		*p = ',';
	for (int j = sp->a; j < sp->b; j++) {
		int speck = named_after(s, t, sp->a, j, sp->b);
		if (!lr_tok_is(t, j, '.') || !goes_on(s, t, sp->a, j, sp->b))
			continue;
		for (p = text; (p = strstr(p, ". ")) != NULL; p++)
			if (strncmp(p + 2, t->v[j + 1].text,
			    strlen(t->v[j + 1].text)) == 0) {
				if (speck)	/* "tỉnh. Phú Thọ": dropped */
					memmove(p, p + 1, strlen(p));
				else
					*p = ',';
				break;
			}
		if (p != NULL && j > sp->a && speck_opens(s, t, j - 1, sp->b)) {
			memmove(p, p + 1, strlen(p));	/* ",. " */
			continue;
		}
		sp->q = s->set[SET_REPAIR];
		sp->why = speck ? "a dot between a unit's type and its name" :
		    "a dot read for the comma before a unit";
	}
}

/* The address of sp in *text (made anew) without the specks OCR read
 * among its words ("thôn An Lạc, °* phường Đức Thuận"), sp doubted when
 * there were some.  -1 when out of memory. */
static int
unspecked_address(const lr_xdata *s, const lr_toks *t, char **text,
    lr_span *sp)
{
	int specks = 0;

	for (int j = sp->a; j < sp->b; j++)
		specks += lr_tok_speck(&t->v[j]);
	if (specks == 0)
		return 0;
	free(*text);
	if ((*text = lr_tok_join_unspecked(t, sp->a, sp->b, &specks)) == NULL)
		return -1;
	if (sp->q >= 1) {
		sp->q = s->set[SET_REPAIR];
		sp->why = "specks among the words of the address passed over";
	}
	return 0;
}

int
lr_parse_address(const lr_xdata *s, const lr_toks *t, int i, int end,
    char **text, lr_span *sp)
{
	int b;

	/* OCR often leaves a dot after the label ("thường trú tại. tổ 7"). */
	i = lr_tok_skip(t, i, end, ".:-");
	if (address_text(s, t, i, end, text, sp) != 0)
		return -1;
	if (mixed_digits(t, sp->a, sp->b)) {
		sp->q = s->set[SET_REPAIR];
		sp->why = "a number in the address looks misread";
	} else
		capitals_doubt(s, t, sp);
	if ((b = address_end(s, t, sp->a, sp->b)) < sp->b) {
		while (b > sp->a && (t->v[b - 1].flags & TOK_PUNCT))
			b--;
		sp->b = b;
		free(*text);
		if ((*text = lr_tok_join(t, sp->a, b)) == NULL)
			return -1;
	}
	if (unspecked_address(s, t, text, sp) != 0)
		return -1;
	stops_to_commas(s, t, *text, sp);
	return 0;
}
