/* Unit tests of field extraction: value parsers, whole sample documents,
 * and damaged variants whose wrong values must be flagged for review. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <dirent.h>
#include <unistd.h>
#include <utf8proc.h>

#include "extract/extract-private.h"
#include "extract/extract.h"

static lr_extractor *X;
static lr_xdata *S;

/* An extractor of the schemas folder with calibration.tsv replaced by
 * calib; the copy is gone when it returns. */
static lr_extractor *
extractor_with(const char *calib)
{
	char dir[] = "/tmp/test-extract.XXXXXX", from[4096], to[8192];
	lr_extractor *x;
	struct dirent *e;
	lr_err err;
	DIR *d;
	FILE *fp;

	assert_non_null(mkdtemp(dir));
	snprintf(from, sizeof(from), "%s/schemas", getenv("LANDREC_TOP") ?
	    getenv("LANDREC_TOP") : ".");
	assert_non_null(d = opendir(from));
	while ((e = readdir(d)) != NULL) {
		char src[8192];
		if (e->d_name[0] == '.' || strcmp(e->d_name,
		    "calibration.tsv") == 0)
			continue;
		snprintf(src, sizeof(src), "%s/%s", from, e->d_name);
		if (src[0] != '/') {
			char cwd[2048];
			assert_non_null(getcwd(cwd, sizeof(cwd)));
			snprintf(src, sizeof(src), "%s/%s/%s", cwd, from, e->d_name);
		}
		snprintf(to, sizeof(to), "%s/%s", dir, e->d_name);
		assert_int_equal(symlink(src, to), 0);
	}
	closedir(d);
	snprintf(to, sizeof(to), "%s/calibration.tsv", dir);
	assert_non_null(fp = fopen(to, "w"));
	fputs(calib, fp);
	fclose(fp);
	x = lr_extractor_new(dir, NULL, &err);
	assert_non_null(x);
	d = opendir(dir);
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.') {
			snprintf(to, sizeof(to), "%s/%s", dir, e->d_name);
			unlink(to);
		}
	closedir(d);
	rmdir(dir);
	return x;
}

static const char *
top(void)
{
	return getenv("LANDREC_TOP") ? getenv("LANDREC_TOP") : ".";
}

static int
setup(void **state)
{
	char dir[4096];
	lr_err err;

	(void)state;
	snprintf(dir, sizeof(dir), "%s/schemas", top());
	X = lr_extractor_new(dir, NULL, &err);
	S = lr_xdata_load(dir, &err);
	return X == NULL || S == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	(void)state;
	lr_extractor_free(X);
	lr_xdata_free(S);
	return 0;
}

/* The tokens of one line of text, its words read with confidence conf. */
static lr_toks *
toks_conf(const char *text, float conf)
{
	lr_doc_words *d = lr_words_new();
	lr_line *l = lr_words_add_line(lr_words_add_page(d, 1, 0, 0), 0, 0, 0, 0);
	char *copy = strdup(text), *save, *w;

	for (w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save))
		lr_words_add_word(l, w, conf, 0, 0, 0, 0);
	lr_toks *t = lr_toks_of(d);
	lr_words_free(d);
	free(copy);
	return t;
}

static lr_toks *
toks(const char *text)
{
	return toks_conf(text, 100);
}

static void
test_vnnum(void **state)
{
	static const struct { const char *s; double v; int amb; } cases[] = {
		{ "1.230,5", 1230.5, 0 }, { "5319.5", 5319.5, 0 },
		{ "1.200", 1200, 0 }, { "230,5", 230.5, 0 },
		{ "1,230", 1.23, 1 }, { "12", 12, 0 }, { "1.234.567", 1234567, 0 },
		{ "1,234.5", 1234.5, 0 }, { "2.474.6", 2474.6, 1 },
		{ "1.234.56", 1234.56, 1 },
	};
	double v;
	int amb;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		assert_true(lr_read_vnnum(cases[i].s, &v, &amb) > 0);
		assert_float_equal(v, cases[i].v, 1e-9);
		assert_int_equal(amb, cases[i].amb);
	}
}

/* Old-style figures read as letters are put back where a word has a
 * number's shape (a date d/m/yyyy, or two real digits around a separator);
 * words, codes and numbers without a letter are left alone. */
/* Add the words of text to a new line of pg at x, y, each 20 px a
 * character and 30 px high. */
static void
add_line(lr_page_words *pg, const char *text, int x, int y)
{
	char *copy = strdup(text), *save, *w;
	lr_line *l = lr_words_add_line(pg, x, y, 0, 30);

	for (w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
		lr_words_add_word(l, w, 95, x, y, 20 * (int)strlen(w), 30);
		x += 20 * ((int)strlen(w) + 1);
	}
	l->w = x - l->x;
	free(copy);
}

/* A note in the left margin, wholly left of where the text's lines start,
 * is read after the text: it does not cut the label of the line it
 * stands between ("mục đích" / "2" / "sử dụng: Đất ở"). */
static void
test_margin_note(void **state)
{
	lr_doc_words *d = lr_words_new();
	lr_page_words *pg = lr_words_add_page(d, 1, 0, 0);

	(void)state;
	add_line(pg, "1. Thửa đất số 706; diện tích 129,5 m²; mục đích", 400, 100);
	add_line(pg, "2", 60, 150);
	add_line(pg, "sử dụng: Đất ở tại nông thôn; thời hạn sử dụng: Lâu dài.",
	    400, 200);
	add_line(pg, "2. Nhà ở: diện tích xây dựng 108,8 m²; số tầng: 1.", 400, 300);
	lr_toks *t = lr_toks_of(d);
	int i = 0;
	while (i < t->n && strcmp(t->v[i].text, "đích") != 0)
		i++;
	assert_true(i + 1 < t->n);
	assert_string_equal(t->v[i + 1].text, "sử");
	assert_string_equal(t->v[t->n - 1].text, "2");
	lr_toks_free(t);
	lr_words_free(d);
}

static void
test_old_figures(void **state)
{
	static const char *const cases[][3] = {
		{ "NTS: Đến ngày os/os/+o48;", "NTS: Đến ngày 05/05/2048;", "1" },
		{ "Đến ngày to/1o/zoat", "Đến ngày 10/10/2041", "1" },
		{ "Đất ở (ONT): 3io,8 m²; CLN: 6os.2 m²", "Đất ở (ONT): 310,8 m²; CLN: 605.2 m²", "2" },
		{ "Đến ngày 16/02/2064; Lâu dài", "Đến ngày 16/02/2064; Lâu dài", "0" },
		{ "so, to: giao đất, Io.", "so, to: giao đất, Io.", "0" },
		{ "Đến ngày 17/o1/2os", "Đến ngày 17/o1/2os", "0" },
		{ "ONT 1o,a", "ONT 1o,a", "0" },
	};
	char buf[64];

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		snprintf(buf, sizeof(buf), "%s", cases[i][0]);
		assert_int_equal(lr_x_old_figures(buf), atoi(cases[i][2]));
		assert_string_equal(buf, cases[i][1]);
	}
}

/* An ID number's slot in old-style figures is read as figures when it
 * makes 9 or 12 of them; a word, or too few figures, is not. */
static void
test_old_id(void **state)
{
	char id[13];

	(void)state;
	assert_true(lr_x_old_id("tzos+44s!", id));
	assert_string_equal(id, "120524451");
	assert_true(lr_x_old_id("o6363t61§; và", id));
	assert_string_equal(id, "063631618");
	assert_true(lr_x_old_id("+¡z87399o", id));
	assert_string_equal(id, "212873990");
	assert_false(lr_x_old_id("o6ooz4+6", id));
	assert_false(lr_x_old_id("Nguyễn Văn", id));
	assert_false(lr_x_old_id("tzos+44s!1234", id));
}

/* The decision number in text is read as want, and doubted. */
static void
doubted_decnum(const char *text, const char *want)
{
	lr_toks *t = toks(text);
	char out[64];
	lr_span sp;

	assert_int_equal(lr_parse_decnum(S, t, 0, t->n, out, sizeof(out),
	    &sp), 0);
	assert_string_equal(out, want);
	assert_true(sp.q < 1);
	lr_toks_free(t);
}

static void
test_decnum(void **state)
{
	static const char *const in[][2] = {
		{ "245/QĐ-UBND", "245/QĐ-UBND" }, { "12/QĐ-UB", "12/QĐ-UB" },
		{ "245/QD-UBND", "245/QĐ-UBND" }, { "245/0Đ-UBND", "245/QĐ-UBND" },
		{ "2O5 / QĐ - UBND", "205/QĐ-UBND" }, { "245/QĐ-U8ND", "245/QĐ-UBND" },
	};
	char out[64];
	lr_span sp;

	(void)state;
	for (size_t i = 0; i < sizeof(in) / sizeof(*in); i++) {
		lr_toks *t = toks(in[i][0]);
		assert_int_equal(lr_parse_decnum(S, t, 0, t->n, out, sizeof(out),
		    &sp), 0);
		assert_string_equal(out, in[i][1]);
		lr_toks_free(t);
	}
	lr_toks *t = toks("43/2014/NĐ-CP");
	assert_int_not_equal(lr_parse_decnum(S, t, 0, t->n, out, sizeof(out),
	    &sp), 0);
	lr_toks_free(t);
	/* the Đ read twice (Đ and Ð): read, doubted; not three letters */
	doubted_decnum("1455/QĐÐ-UB", "1455/QĐ-UB");
	/* the slash's stroke read again as a J: read, doubted */
	doubted_decnum("1112/JQĐ-UBND", "1112/QĐ-UBND");
	/* the Q read as an at sign: read, doubted */
	doubted_decnum("1158/@ĐÐ-UBND", "1158/QĐ-UBND");
	doubted_decnum("583/2002/@Đ-UB", "583/2002/QĐ-UB");
	t = toks("1455/QĐX-UB");
	assert_int_not_equal(lr_parse_decnum(S, t, 0, t->n, out, sizeof(out),
	    &sp), 0);
	lr_toks_free(t);
}

/* A decision number whose slash OCR lost (glued, read as a speck or a
 * space) or whose issuer's suffix it read with a letter or two too many
 * is mended, and doubted; a number with no QĐ after it is none. */
static void
test_decnum_mended(void **state)
{
	static const char *const in[][2] = {
		{ "1719QĐ-UBND", "1719/QĐ-UBND" },
		{ "9906 QĐ-UBND", "9906/QĐ-UBND" },
		{ "191+QĐ-UBND", "191/QĐ-UBND" },
		{ "9906 QD-UBNĐ", "9906/QĐ-UBND" },
		{ "9906/QĐ-UBXND", "9906/QĐ-UBND" },
		{ "194/QĐ-LUBXND", "194/QĐ-UBND" },
	};
	char out[64];
	lr_span sp;

	(void)state;
	for (size_t i = 0; i < sizeof(in) / sizeof(*in); i++)
		doubted_decnum(in[i][0], in[i][1]);
	lr_toks *t = toks("43 NĐ-CP");
	assert_int_not_equal(lr_parse_decnum(S, t, 0, t->n, out, sizeof(out),
	    &sp), 0);
	lr_toks_free(t);
	t = toks("12/QĐ-UBXYZND");	/* three letters more: kept as read */
	assert_int_equal(lr_parse_decnum(S, t, 0, t->n, out, sizeof(out),
	    &sp), 0);
	assert_string_equal(out, "12/QĐ-UBXYZND");
	lr_toks_free(t);
}

static void
test_dates(void **state)
{
	static const char *const in[] = { "ngày 5 tháng 02 năm 2019",
	    "05/02/2019", "ngay 5 thang 2 nam 2019", "ngày 05-02-2019",
	    "5 tháng 2 năm 2O19" };
	int ymd[3];
	lr_span sp;

	(void)state;
	for (size_t i = 0; i < sizeof(in) / sizeof(*in); i++) {
		lr_toks *t = toks(in[i]);
		assert_int_equal(lr_parse_date(S, t, 0, t->n, ymd, &sp), 0);
		assert_int_equal(ymd[0] * 10000 + ymd[1] * 100 + ymd[2], 20190205);
		assert_true((sp.q < 1) == (strstr(in[i], "O") != NULL));
		lr_toks_free(t);
	}
	lr_toks *t = toks("31/02/2019");
	assert_int_not_equal(lr_parse_date(S, t, 0, t->n, ymd, &sp), 0);
	lr_toks_free(t);
	/* a day or month read as letters that stand for digits, before its
	 * label: read, doubted; a word, or no label after, is no date */
	static const struct { const char *s; int ymd; } letters[] = {
		{ "ngày G tháng 10 năm 2020", 20201006 },
		{ "ngày 15 tháng l0 năm 2020", 20201015 },
		{ "ngày lS tháng 10 năm 2020", 20201015 },
		{ "ngày ký tháng 10 năm 2020", 0 },
		{ "ngày G 10 năm 2020", 0 }, { "ngày GG tháng 10 năm 2020", 0 },
	};
	for (size_t i = 0; i < sizeof(letters) / sizeof(*letters); i++) {
		t = toks(letters[i].s);
		if (letters[i].ymd == 0)
			assert_int_not_equal(lr_parse_date(S, t, 0, t->n, ymd,
			    &sp), 0);
		else {
			assert_int_equal(lr_parse_date(S, t, 0, t->n, ymd, &sp),
			    0);
			assert_int_equal(ymd[0] * 10000 + ymd[1] * 100 + ymd[2],
			    letters[i].ymd);
			assert_true(sp.q < 1);
		}
		lr_toks_free(t);
	}
}

/* A parser of a number from tokens, and what it must read. */
typedef int (*number_fn)(const lr_xdata *, const lr_toks *, int, int,
    double *, lr_span *);
struct num_case {
	const char *s;
	double v;
};

static void
check_numbers(number_fn fn, const struct num_case *cases, size_t n)
{
	double v;
	lr_span sp;

	for (size_t i = 0; i < n; i++) {
		lr_toks *t = toks(cases[i].s);
		assert_int_equal(fn(S, t, 0, t->n, &v, &sp), 0);
		assert_float_equal(v, cases[i].v, 1e-9);
		lr_toks_free(t);
	}
}

static void
test_area(void **state)
{
	static const struct num_case cases[] = {
		{ "1.230,5 m²", 1230.5 }, { "1.230,5m2", 1230.5 },
		{ ": 0,5 ha", 5000 }, { "5 319,5 m2", 5319.5 },
		{ "85,5 mét vuông", 85.5 },
	};
	/* m² misread ("m3", "mˆ") is passed over, doubted; a word is not */
	static const struct { const char *s; int end; int sure; } units[] = {
		{ "236,9 mˆ, tại", 2, 0 }, { "9.376 m3, tại", 2, 0 },
		{ "302 m2, tại", 2, 1 }, { "302 mà tại", 1, 1 },
	};
	/* punctuation OCR left before the number: read, doubted; figures OCR
	 * set apart with spaces before the unit ("1 10,6 m2"): read joined,
	 * doubted; not figures with no unit after them ("12 13 thửa"), nor
	 * thousands set apart by a space ("5 319,5 m2"), sure */
	static const struct { const char *s; double v; int sure; } strays[] = {
		{ "; 241,0 m2;", 241, 0 }, { ": .390,0 m2", 390, 0 },
		{ ": , 85,5 m2", 85.5, 0 }, { ": - 241,0 m2", 241, 1 },
		{ ": 241,0 m2", 241, 1 }, { "1 10,6 m2;", 110.6, 0 },
		{ "39,7 1 1.8 m2", 39711.8, 0 }, { "5 319,5 m2", 5319.5, 1 },
		{ "12 13 thửa", 12, 1 },
	};
	lr_span sp;
	double v;

	(void)state;
	check_numbers(lr_parse_area, cases, sizeof(cases) / sizeof(*cases));
	for (size_t i = 0; i < sizeof(units) / sizeof(*units); i++) {
		lr_toks *t = toks(units[i].s);
		assert_int_equal(lr_parse_area(S, t, 0, t->n, &v, &sp), 0);
		assert_int_equal(sp.b, units[i].end);
		assert_int_equal(sp.q >= 1, units[i].sure);
		lr_toks_free(t);
	}
	for (size_t i = 0; i < sizeof(strays) / sizeof(*strays); i++) {
		lr_toks *t = toks(strays[i].s);
		assert_int_equal(lr_parse_area(S, t, 0, t->n, &v, &sp), 0);
		assert_true(fabs(v - strays[i].v) < 1e-9);
		assert_int_equal(sp.q >= 1, strays[i].sure);
		lr_toks_free(t);
	}
	lr_toks *t = toks("; . m2");
	assert_int_not_equal(lr_parse_area(S, t, 0, t->n, &v, &sp), 0);
	lr_toks_free(t);
}

/* A number's 6 read as ó, and a unit of area glued to a number: the
 * tokens give the figures and the unit apart; ó in a word stays. */
static void
test_six_unit(void **state)
{
	static const struct { const char *s, *tok; int n; double v; } cases[] = {
		{ "1ó29", "1629", 1, 1629 }, { "ó48,3 m2", "648,3", 2, 648.3 },
		{ "397,ó m2", "397,6", 2, 397.6 }, { "ó.323,9", "6.323,9", 1,
		    6323.9 }, { "822,2m2", "822,2", 2, 822.2 },
		{ "787,7m\u00b2", "787,7", 2, 787.7 },
	};
	lr_span sp;
	double v;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		lr_toks *t = toks(cases[i].s);
		assert_int_equal(t->n, cases[i].n);
		assert_string_equal(t->v[0].text, cases[i].tok);
		assert_int_equal(lr_parse_area(S, t, 0, t->n, &v, &sp), 0);
		assert_true(fabs(v - cases[i].v) < 1e-9);
		lr_toks_free(t);
	}
	lr_toks *t = toks("có ó Hóa");
	assert_string_equal(t->v[0].text, "có");
	assert_string_equal(t->v[1].text, "ó");
	assert_string_equal(t->v[2].text, "Hóa");
	lr_toks_free(t);
}

/* The letters OCR reads for a figure 6 (ó, Ó, é, á) are put back once,
 * in the token, wherever a number holds them, runs of them too: the
 * token says its digits were repaired (TOK_REPAIRED), its confidence is
 * a repair's, and every number parsed from it is doubted ("digits
 * repaired"); the same letters in words stay, unflagged. */
static void
test_repaired_token(void **state)
{
	static const struct { const char *s, *tok; } cases[] = {
		{ "19é0", "1960" }, { "3450óó2á9", "345066269" },
		{ "ó48,3", "648,3" }, { "2Ó", "26" }, { "397,ó", "397,6" },
	};
	static const char *const words[] = { "bé", "Lá", "có", "ó", "óó",
	    "Hóa" };
	char out[16];
	lr_span sp;
	double v;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		lr_toks *t = toks_conf(cases[i].s, 95);
		assert_int_equal(t->n, 1);
		assert_string_equal(t->v[0].text, cases[i].tok);
		assert_true(t->v[0].flags & TOK_REPAIRED);
		assert_true(t->v[0].flags & TOK_DIGIT);
		assert_true(t->v[0].conf <= 30);
		lr_toks_free(t);
	}
	for (size_t i = 0; i < sizeof(words) / sizeof(*words); i++) {
		lr_toks *t = toks_conf(words[i], 95);
		assert_string_equal(t->v[0].text, words[i]);
		assert_false(t->v[0].flags & TOK_REPAIRED);
		assert_true(t->v[0].conf > 90);
		lr_toks_free(t);
	}
	lr_toks *t = toks("ó48,3 m2 19é0");
	assert_int_equal(lr_parse_area(S, t, 0, t->n, &v, &sp), 0);
	assert_true(fabs(v - 648.3) < 1e-9);
	assert_true(sp.q < 1);
	assert_string_equal(sp.why, "digits repaired");
	assert_int_equal(lr_parse_int(S, t, 2, t->n, out, sizeof(out), &sp),
	    0);
	assert_string_equal(out, "1960");
	assert_true(sp.q < 1);
	assert_string_equal(sp.why, "digits repaired");
	lr_toks_free(t);
}

/* Specks OCR read as letters a second time over a line read with
 * confidence, with little confidence, a third of a letter's height or
 * less ("v vZz" over "Bà Võ"), are no tokens; such a speck over no word
 * ("SA"), or a word read with little confidence at a letter's height,
 * stays. */
static void
test_speck_words(void **state)
{
	static const struct { const char *s; float conf; int x, h; } w[] = {
		{ "Bà", 96.7f, 100, 32 }, { "Võ", 97, 200, 32 },
		{ "Kim", 10, 300, 32 },
	}, junk[] = {
		{ "v", 0, 110, 7 }, { "vZz", 0, 210, 5 }, { "SA", 19.8f, 600,
		    7 }, { "34", 96, 700, 32 },
	};
	lr_doc_words *d = lr_words_new();
	lr_page_words *pg = lr_words_add_page(d, 1, 0, 0);
	lr_line *a = lr_words_add_line(pg, 0, 0, 0, 0);
	lr_line *b = lr_words_add_line(pg, 0, 0, 0, 0);

	(void)state;
	for (size_t i = 0; i < sizeof(w) / sizeof(*w); i++)
		lr_words_add_word(a, w[i].s, w[i].conf, w[i].x, 100, 60,
		    w[i].h);
	for (size_t i = 0; i < sizeof(junk) / sizeof(*junk); i++)
		lr_words_add_word(b, junk[i].s, junk[i].conf, junk[i].x, 110,
		    20, junk[i].h);
	lr_toks *t = lr_toks_of(d);
	assert_int_equal(t->n, 5);
	assert_string_equal(t->v[0].text, "Bà");
	assert_string_equal(t->v[1].text, "Võ");
	assert_string_equal(t->v[2].text, "Kim");
	assert_string_equal(t->v[3].text, "SA");
	assert_string_equal(t->v[4].text, "34");
	lr_toks_free(t);
	lr_words_free(d);
}

static void
test_words_number(void **state)
{
	static const struct num_case cases[] = {
		{ "Năm nghìn ba trăm mười chín phẩy năm mét vuông", 5319.5 },
		{ "hai trăm ba mươi phẩy năm", 230.5 },
		{ "một nghìn hai trăm", 1200 }, { "một trăm linh năm", 105 },
		{ "hai mươi mốt", 21 }, { "mười lăm", 15 },
		{ "không phẩy không năm", 0.05 }, { "hai triệu", 2000000 },
	};

	(void)state;
	check_numbers(lr_parse_words_number, cases, sizeof(cases) /
	    sizeof(*cases));
}

static void
test_landuse(void **state)
{
	static const struct { const char *s, *code; int sure; } cases[] = {
		{ "Đất ở tại nông thôn (ONT)", "ONT", 1 },
		{ "Đất o tai nong thon", "ONT", 1 }, { "(0NT)", "ONT", 0 },
		{ "LŨK;", "LUK", 0 },
		{ "Đất trồng cây lâu năm", "CLN", 1 },
		{ "Đất bằng trồng cây hàng năm khác (BHK)", "BHK", 1 },
		{ "Đất trồng cây hàng năm khác (HNK)", "HNK", 1 },
		{ "Đất ở tại nông thôn (ODT)", "ONT", 0 },
		{ "Đất trồng cây lâu năm (ONT)", "ONT", 0 },
		{ "Đất trồng lúa", "LUA", 1 }, { "đất trồng lúa;", "LUA", 1 },
		{ "Đất trồng lúa nương", "LUN", 1 },
	};
	char code[4];
	lr_span sp;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		lr_toks *t = toks(cases[i].s);
		assert_int_equal(lr_parse_landuse(S, t, 0, t->n, code, &sp), 0);
		assert_string_equal(code, cases[i].code);
		assert_int_equal(sp.q >= 1, cases[i].sure);
		lr_toks_free(t);
	}
}

/* A small word spelt like a code with marks ("tín") is no code. */
static void
test_landuse_word(void **state)
{
	char code[4];
	lr_span sp;
	lr_toks *t = toks("tín;");

	(void)state;
	assert_int_equal(lr_parse_landuse(S, t, 0, t->n, code, &sp), -1);
	lr_toks_free(t);
}

static void
test_term_id_name(void **state)
{
	char *term, id[13], *name;
	int ymd[3];
	lr_span sp;
	lr_toks *t;

	(void)state;
	t = toks("Đến ngày 16/02/2064");
	assert_int_equal(lr_parse_term(S, t, 0, t->n, &term, ymd, &sp), 0);
	assert_string_equal(term, "Đến ngày 16/02/2064");
	assert_int_equal(ymd[0], 2064);
	free(term), lr_toks_free(t);
	t = toks("50 năm");
	assert_int_equal(lr_parse_term(S, t, 0, t->n, &term, ymd, &sp), 0);
	assert_string_equal(term, "50 năm");
	assert_true(sp.q >= 1);
	free(term), lr_toks_free(t);
	/* a word of the term one letter off: read, doubted */
	static const char *const misread[][2] = { { "50 năn;", "50 năm" },
	    { "tâu dài;", "Lâu dài" }, { "Lâu dàl", "Lâu dài" } };
	for (size_t i = 0; i < sizeof(misread) / sizeof(*misread); i++) {
		t = toks(misread[i][0]);
		assert_int_equal(lr_parse_term(S, t, 0, t->n, &term, ymd, &sp),
		    0);
		assert_string_equal(term, misread[i][1]);
		assert_true(sp.q < 1);
		free(term), lr_toks_free(t);
	}
	/* two letters off, or another length: no term */
	static const char *const other[] = { "50 ngày", "50 nhà",
	    "50 na", "tâu đời" };
	for (size_t i = 0; i < sizeof(other) / sizeof(*other); i++) {
		t = toks(other[i]);
		assert_int_not_equal(lr_parse_term(S, t, 0, t->n, &term, ymd,
		    &sp), 0);
		lr_toks_free(t);
	}
	t = toks("O11075 0O1234");
	assert_int_equal(lr_parse_id(S, t, 0, t->n, id, &sp), 0);
	assert_string_equal(id, "011075001234");
	assert_true(sp.q < 1);
	lr_toks_free(t);
	t = toks("O11O75 0O1234");	/* three repaired: refused */
	assert_int_equal(lr_parse_id(S, t, 0, t->n, id, &sp), LR_ID_REFUSED);
	lr_toks_free(t);
	t = toks("GIÀNG A PÁO, sinh");
	assert_int_equal(lr_parse_name(S, t, 0, t->n, &name, &sp), 0);
	assert_string_equal(name, "Giàng A Páo");
	free(name), lr_toks_free(t);
}

/* A mark on a capital vowel of a name ("Ứng" for "Ưng") read by OCR with
 * less than full confidence is doubted; other names, or full confidence,
 * are not. */
static void
test_name_cap_mark(void **state)
{
	static const struct { const char *text; float conf; int sure; } cases[] = {
		{ "Hoàng Thị Ứng, sinh", 96, 0 }, { "Lèo Thị Óm, năm", 93, 0 },
		{ "Hoàng Thị Ứng, sinh", 100, 1 }, { "Hoàng Thị Lan, sinh", 93, 1 },
	};
	lr_span sp;
	char *name;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		lr_toks *t = toks_conf(cases[i].text, cases[i].conf);
		assert_int_equal(lr_parse_name(S, t, 0, t->n, &name, &sp), 0);
		assert_int_equal(sp.q >= 1, cases[i].sure);
		if (!cases[i].sure)
			assert_ptr_equal(sp.why, lr_why_cap_mark);
		free(name), lr_toks_free(t);
	}
}

/* A one-letter middle name run into the given name by OCR ("Asử") is
 * split off and the name doubted; a syllable that can be Vietnamese
 * ("Anh") is not split. */
static void
test_name_runs(void **state)
{
	static const struct { const char *text, *name; int sure; } cases[] = {
		{ "Hờ Asử, sinh", "Hờ A Sử", 0 },
		{ "HờASử, sinh", "Hờ A Sử", 0 },
		{ "Chang Achừ, sinh", "Chang A Chừ", 0 },
		{ "Lò Văn Anh, sinh", "Lò Văn Anh", 1 },
		{ "Lò Ánh, sinh", "Lò Ánh", 1 },
	};
	lr_span sp;
	char *name;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		lr_toks *t = toks(cases[i].text);
		assert_int_equal(lr_parse_name(S, t, 0, t->n, &name, &sp), 0);
		assert_string_equal(name, cases[i].name);
		assert_int_equal(sp.q >= 1, cases[i].sure);
		free(name), lr_toks_free(t);
	}
}

/* A middle name with misread marks is written as the middle name of the
 * sex ông/bà says; of the other sex, or no middle name, it is kept. */
static void
test_middle_fix(void **state)
{
	char *f;

	(void)state;
	assert_non_null(f = lr_x_middle_fix(S, "Nguyễn Vẫn Hiếu", 'M'));
	assert_string_equal(f, "Nguyễn Văn Hiếu");
	free(f);
	assert_non_null(f = lr_x_middle_fix(S, "Lò Thì Mai", 'F'));
	assert_string_equal(f, "Lò Thị Mai");
	free(f);
	assert_null(lr_x_middle_fix(S, "Nguyễn Vẫn Hiếu", 'F'));
	assert_null(lr_x_middle_fix(S, "Nguyễn Văn Hiếu", 'M'));
	assert_null(lr_x_middle_fix(S, "Vẫn Hiếu", 'M'));
}

/* An ID read by OCR with a confidence under id_conf is doubted (a 9-digit
 * ID has no check digit to catch "045918773" for "045018773"). */
static void
test_id_conf(void **state)
{
	static const struct { float conf; int sure; } cases[] = {
		{ 91.9f, 0 }, { 93.1f, 1 }, { 100, 1 },
	};
	char id[13];
	lr_span sp;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		lr_toks *t = toks_conf("045918773 cấp", cases[i].conf);
		assert_int_equal(lr_parse_id(S, t, 0, t->n, id, &sp), 0);
		assert_string_equal(id, "045918773");
		assert_int_equal(sp.q >= 1, cases[i].sure);
		lr_toks_free(t);
	}
}

/* A decision number read by OCR with a confidence under number_conf is
 * doubted (its figures bear no check: "2693" for "2698"); one read with
 * more is not. */
static void
test_decnum_conf(void **state)
{
	static const struct { float conf; int sure; } cases[] = {
		{ 12.5f, 0 }, { 24.9f, 0 }, { 25.1f, 1 }, { 41.5f, 1 },
		{ 100, 1 },
	};
	char num[64];
	lr_span sp;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		lr_toks *t = toks_conf("2693/QĐ-UBND ngày", cases[i].conf);
		assert_int_equal(lr_parse_decnum(S, t, 0, t->n, num,
		    sizeof(num), &sp), 0);
		assert_string_equal(num, "2693/QĐ-UBND");
		assert_int_equal(sp.q >= 1, cases[i].sure);
		assert_int_equal(sp.why == NULL, cases[i].sure);
		lr_toks_free(t);
	}
}

/* Read testdata/extract/name. */
static char *
sample(const char *name)
{
	char path[4096], *buf = NULL;
	size_t cap = 0;
	FILE *fp;

	snprintf(path, sizeof(path), "%s/testdata/extract/%s", top(), name);
	assert_non_null(fp = fopen(path, "r"));
	assert_true(getdelim(&buf, &cap, '\0', fp) > 0);
	fclose(fp);
	return buf;
}

static json_t *
extract(const char *text)
{
	const char *pages[] = { text };
	lr_err err;
	json_t *r = lr_extract_text(X, pages, 1, 0.9, &err);

	assert_non_null(r);
	return r;
}

/* The value at a path like "parcels[0].area" as compact JSON. */
static char *
at(const json_t *r, const char *path)
{
	char key[64], *dot;
	int i = -1;
	json_t *o;

	snprintf(key, sizeof(key), "%s", path);
	dot = strchr(key, '.');
	*dot = '\0';
	if (strchr(key, '[') != NULL) {
		i = atoi(strchr(key, '[') + 1);
		*strchr(key, '[') = '\0';
	}
	o = json_object_get(r, key);
	if (i >= 0)
		o = json_array_get(o, (size_t)i);
	o = json_object_get(o, dot + 1);
	return o == NULL ? strdup("(none)") : json_dumps(o, JSON_ENCODE_ANY);
}

static void
expect(const json_t *r, const char *path, const char *want)
{
	char *got = at(r, path);

	if (strcmp(got, want) != 0)
		print_error("%s: got %s, want %s\n", path, got, want);
	assert_string_equal(got, want);
	free(got);
}

static void
test_samples(void **state)
{
	static const char *const want[][3] = {
		{ "cho-thue.txt", "decision.number", "\"1661/QĐ-UBND\"" },
		{ "cho-thue.txt", "decision.date", "\"2016-01-16\"" },
		{ "cho-thue.txt", "decision.kind", "\"cho-thue\"" },
		{ "cho-thue.txt", "owners[0].name", "\"Lù Văn Thoong\"" },
		{ "cho-thue.txt", "owners[0].id_type", "\"cmnd\"" },
		{ "cho-thue.txt", "parcels[0].area", "5319.5" },
		{ "cho-thue.txt", "parcels[0].land_use", "\"BHK\"" },
		{ "giao-dat-couple.txt", "owners[0].spouse", "1" },
		{ "giao-dat-couple.txt", "owners[1].spouse", "0" },
		{ "giao-dat-couple.txt", "owners[0].household", "true" },
		{ "giao-dat-couple.txt", "owners[1].birth_date", "\"1972-04-03\"" },
		{ "giao-dat-couple.txt", "parcels[1].number", "\"126\"" },
		{ "giao-dat-couple.txt", "parcels[1].term_end", "\"2069-08-12\"" },
		{ "thu-hoi-table.txt", "decision.kind", "\"thu-hoi\"" },
		{ "thu-hoi-table.txt", "parcels[1].holder", "0" },
		{ "thu-hoi-table.txt", "parcels[2].holder", "1" },
		{ "thu-hoi-table.txt", "parcels[1].area", "310.5" },
		{ "thu-hoi-table.txt", "owners[1].gender", "\"F\"" },
		{ "chuyen-muc-dich.txt", "parcels[0].land_use", "\"CLN\"" },
		{ "chuyen-muc-dich.txt", "parcels[0].land_use_to", "\"ODT\"" },
		{ "cap-gcn-house.txt", "house.floors", "2" },
		{ "cap-gcn-house.txt", "house.building_area", "85.5" },
		{ "cap-gcn-house.txt", "owners[0].id_type", "\"dinh-danh\"" },
	};
	json_t *r = NULL;
	char *s = NULL;

	(void)state;
	for (size_t i = 0; i < sizeof(want) / sizeof(*want); i++) {
		if (i == 0 || strcmp(want[i][0], want[i - 1][0]) != 0) {
			json_decref(r), free(s);
			r = extract(s = sample(want[i][0]));
		}
		expect(r, want[i][1], want[i][2]);
	}
	json_decref(r), free(s);
	r = extract(s = sample("cho-thue.txt"));
	assert_int_equal(json_array_size(json_object_get(r, "review")), 0);
	json_decref(r), free(s);
}

/* Damage: the text with a transformation applied. */
typedef char *(*damage_fn)(const char *s);

/* Tone marks and vowel marks gone, case kept (OCR without Vietnamese). */
static char *
strip_marks(const char *s)
{
	utf8proc_uint8_t *out = NULL;

	utf8proc_map((const utf8proc_uint8_t *)s, 0, &out, UTF8PROC_NULLTERM |
	    UTF8PROC_STRIPMARK | UTF8PROC_COMPOSE);
	return (char *)out;
}

/* Replace every from (bytes) with to. */
static char *
replace(const char *s, const char *from, const char *to)
{
	char *out = malloc(strlen(s) * 3 + 1), *o = out;
	size_t fl = strlen(from);

	while (*s != '\0')
		if (strncmp(s, from, fl) == 0) {
			o = stpcpy(o, to);
			s += fl;
		} else
			*o++ = *s++;
	*o = '\0';
	return out;
}

static char *
zero_to_o(const char *s)
{
	return replace(s, "0", "O");
}

static char *
d_stroke(const char *s)
{
	char *a = replace(s, "Đ", "D"), *b = replace(a, "đ", "d");

	free(a);
	return b;
}

static char *
merge_labels(const char *s)
{
	char *a = replace(s, "Thửa đất số: ", "Thửađấtsố:"),
	    *b = replace(a, "Diện tích: ", "Diệntích:");

	free(a);
	return b;
}

static char *
one_to_l(const char *s)
{
	return replace(s, "1", "l");
}

/* Every value of the clean reading that the damaged reading gets wrong
 * must be covered by an item of the damaged reading's review. */
static int
unflagged(const json_t *clean, const json_t *bad, const char *what,
    const char *doc)
{
	const json_t *rv = json_object_get(bad, "review");
	int misses = 0;
	size_t n = json_array_size(json_object_get(clean, what)), i, k;
	const char *key;
	json_t *v, *e;

	for (i = 0; i < n; i++) {
		json_t *co = json_array_get(json_object_get(clean, what), i);
		json_t *bo = json_array_get(json_object_get(bad, what), i);
		json_object_foreach(co, key, v) {
			char path[64];
			int flagged = 0;
			snprintf(path, sizeof(path), "%s[%zu].%s", what, i, key);
			if (bo != NULL && json_equal(v, json_object_get(bo, key)))
				continue;
			json_array_foreach(rv, k, e)
				flagged |= lr_item_covers(e, path);
			if (!flagged && bo != NULL) {
				print_message("# %s: %s unflagged\n", doc, path);
				misses++;
			}
		}
	}
	return misses;
}

static void
test_damaged(void **state)
{
	static const char *const docs[] = { "cho-thue.txt",
	    "giao-dat-couple.txt", "thu-hoi-table.txt", "chuyen-muc-dich.txt",
	    "cap-gcn-house.txt" };
	static const damage_fn damages[] = { strip_marks, zero_to_o, d_stroke,
	    merge_labels, one_to_l };
	lr_extractor *calibrated = X;
	int misses = 0;

	(void)state;
	X = extractor_with("");	/* the rules' own doubts, not calibrated */
	for (size_t d = 0; d < sizeof(docs) / sizeof(*docs); d++) {
		char *s = sample(docs[d]);
		json_t *clean = extract(s);
		for (size_t k = 0; k < sizeof(damages) / sizeof(*damages); k++) {
			char *bad_text = damages[k](s);
			json_t *bad = extract(bad_text);
			misses += unflagged(clean, bad, "owners", docs[d]);
			misses += unflagged(clean, bad, "parcels", docs[d]);
			json_decref(bad);
			free(bad_text);
		}
		json_decref(clean);
		free(s);
	}
	lr_extractor_free(X);
	X = calibrated;
	assert_int_equal(misses, 0);
}


/* Does a review entry of r cover field path (it, a list or object it is
 * in, or a list the entry stands for too)? */
static int
reviewed(const json_t *r, const char *path)
{
	size_t i;
	json_t *v;

	json_array_foreach(json_object_get(r, "review"), i, v)
		if (lr_item_covers(v, path))
			return 1;
	return 0;
}

/* A table as OCR reads it: separators lost or stray, names run together,
 * a surname misread, a row number lost, a code with a mark; the readable
 * values right, the damaged rows and the miscounted lists reviewed. */
static void
test_ocr_table(void **state)
{
	static const char *const want[][2] = {
		{ "owners[0].name", "\"Hờ A Sử\"" },
		{ "owners[2].name", "\"Lường Văn Ún\"" },
		{ "owners[2].gender", "\"M\"" },
		{ "owners[4].name", "\"Lường Thị Mai\"" },
		{ "parcels[1].area", "265.5" },
		{ "parcels[2].sheet", "\"14\"" },
		{ "parcels[2].number", "\"1445\"" },
		{ "parcels[3].area", "1007.0" },
		{ "parcels[4].land_use", "\"LUC\"" },
		{ "parcels[4].holder", "4" },
	};
	static const char *const doubted[] = { "owners[2].name",
	    "parcels[2].area", "owners[4].name", "parcels[4].land_use",
	    "parcels[3].area" };
	char *s = sample("thu-hoi-ocr.txt");
	json_t *r = extract(s);

	(void)state;
	for (size_t i = 0; i < sizeof(want) / sizeof(*want); i++)
		expect(r, want[i][0], want[i][1]);
	for (size_t i = 0; i < sizeof(doubted) / sizeof(*doubted); i++)
		assert_true(reviewed(r, doubted[i]));
	assert_false(reviewed(r, "decision.number"));
	json_decref(r), free(s);
}

/* The reason of the review entry of field path, or "". */
static const char *
reason_of(const json_t *r, const char *path)
{
	size_t i;
	json_t *v;

	json_array_foreach(json_object_get(r, "review"), i, v)
		if (strcmp(json_string_value(json_object_get(v, "field")),
		    path) == 0)
			return json_string_value(json_object_get(v, "reason"));
	return "";
}

/* 1 when field path ("owners[0].id_number") is in r's review for reason
 * why: an item of its own, or one item of its row ("owners[0]": "...;
 * id_number: why; ..."). */
static int
reviewed_for(const json_t *r, const char *path, const char *why)
{
	const char *dot = strchr(path, '.');
	char merged[256];
	size_t i;
	json_t *v;

	snprintf(merged, sizeof(merged), "%s: %s", dot + 1, why);
	json_array_foreach(json_object_get(r, "review"), i, v) {
		const char *f = json_string_value(json_object_get(v, "field"));
		const char *w = json_string_value(json_object_get(v, "reason"));
		if ((strcmp(f, path) == 0 && strcmp(w, why) == 0) ||
		    (strlen(f) == (size_t)(dot - path) &&
		    strncmp(f, path, strlen(f)) == 0 &&
		    strstr(w, merged) != NULL))
			return 1;
	}
	return 0;
}

/* An ID with figures repaired (letters OCR reads for them: ó for 6, O for
 * 0) is kept and doubted with one or two repairs; with three or more it is
 * refused (no value, reviewed as unreadable), and so is one whose repair
 * leaves its sex/century or year digits at odds with ông/bà and the birth
 * year printed.  An ID at odds but read as printed is kept, doubted. */
static void
test_id_repairs(void **state)
{
	static const struct { const char *read, *want, *why; } cases[] = {
		{ "0110900123\u00f35", "\"011090012365\"", "digits repaired" },
		{ "01109001\u00f3\u00f345", "\"011090016645\"",
		    "digits repaired" },
		{ "011090\u00f3\u00f3\u00f3345", "null",
		    "ID unreadable: too many figures repaired" },
		{ "O1109OO12345", "null",
		    "ID unreadable: too many figures repaired" },
		{ "01109\u00f3012345", "null",
		    "ID unreadable: repaired figures disagree with the document" },
		{ "0111900123\u00f35", "null",
		    "ID unreadable: repaired figures disagree with the document" },
		{ "011096012345", "\"011096012345\"",
		    "year digits disagree with birth year" },
	};
	char *s = sample("cap-gcn-house.txt");

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		char *text = replace(s, "011090012345", cases[i].read);
		json_t *r = extract(text);
		expect(r, "owners[0].id_number", cases[i].want);
		if (!reviewed_for(r, "owners[0].id_number", cases[i].why))
			print_error("%s: not reviewed for %s\n", cases[i].read,
			    cases[i].why);
		assert_true(reviewed_for(r, "owners[0].id_number",
		    cases[i].why));
		json_decref(r), free(text);
	}
	free(s);
}

/* Calibration: a raw confidence becomes the step's probability, reviewed
 * under 0.9; a reason that rarely flagged a wrong value is not shown.
 * Items of one list are merged: a column reviewed in three rows or more
 * is one item, two items of one row are one, and an item on the whole list
 * (a table that could not be read) stands for all of its items. */
static void
test_calibrated_review(void **state)
{
	char *s = sample("thu-hoi-table.txt"), *bad = d_stroke(s), *text;
	lr_extractor *calibrated = X;
	json_t *r, *f;
	const char *path;
	int low = 0;

	(void)state;
	X = extractor_with("conf\t0.999\t0.5\nconf\t1\t0.95\n"
	    "reason\tđ read as d in OCR\t0.01\n");
	r = extract(bad);
	json_object_foreach(json_object_get(r, "fields"), path, f) {
		double c = json_real_value(json_object_get(f, "conf"));
		assert_true(fabs(c - 0.5) < 1e-9 || fabs(c - 0.95) < 1e-9);
		low += c < 0.9;
	}
	assert_true(low > 0);
	text = json_dumps(json_object_get(r, "review"), 0);
	assert_non_null(strstr(text, "low confidence"));
	assert_null(strstr(text, "read as d"));
	json_decref(r), free(bad), free(text);
	bad = strip_marks(s);
	r = extract(bad);
	assert_string_equal(reason_of(r, "parcels"), "page 1: the table of "
	    "holders (7 columns): many rows damaged in OCR");
	assert_string_equal(reason_of(r, "owners"), "");	/* one item */
	assert_null(strstr(text = json_dumps(json_object_get(r, "review"), 0),
	    "owners["));	/* the item on the table stands for its holders */
	json_decref(r), free(bad), free(text);
	lr_extractor_free(X);
	X = extractor_with("conf\t1\t0.5\n");	/* every field doubted */
	r = extract(s);
	assert_string_equal(reason_of(r, "parcels[].area"),
	    "rows 1, 2, 3: low confidence");
	assert_string_equal(reason_of(r, "parcels[].land_use"),
	    "rows 1, 2, 3: low confidence");
	assert_non_null(strstr(reason_of(r, "owners[1]"),
	    "name: low confidence; "));
	assert_string_equal(reason_of(r, "owners[1].name"), "");
	json_decref(r), free(s);
	lr_extractor_free(X);
	X = calibrated;
}

/* A term and an origin stated once under a table hold for every row that
 * lacks its own, and are no parcel of their own.  "Đất trồng lúa" names a
 * group of uses: read, and reviewed. */
static void
test_table_terms(void **state)
{
	char *s = sample("thu-hoi-table.txt"), *a, *b;
	json_t *r;

	(void)state;
	a = replace(s, "Điều 2. Giao", "Thời hạn sử dụng: 50 năm. Nguồn gốc sử "
	    "dụng: Nhà nước giao đất có thu tiền sử dụng đất.\nĐiều 2. Giao");
	r = extract(a);
	assert_int_equal(json_array_size(json_object_get(r, "parcels")), 3);
	for (int i = 0; i < 3; i++) {
		char path[64];
		snprintf(path, sizeof(path), "parcels[%d].term", i);
		expect(r, path, "\"50 năm\"");
		snprintf(path, sizeof(path), "parcels[%d].origin", i);
		expect(r, path, "\"Nhà nước giao đất có thu tiền sử dụng "
		    "đất\"");
		assert_non_null(json_object_get(json_object_get(r, "fields"),
		    path));
	}
	json_decref(r);
	free(s);
	s = sample("cho-thue.txt");
	b = replace(s, "Đất bằng trồng cây hàng năm khác (BHK)",
	    "Đất trồng lúa");	/* a group of uses */
	r = extract(b);
	expect(r, "parcels[0].land_use", "\"LUA\"");
	assert_string_equal(reason_of(r, "parcels[0].land_use"),
	    "a group of land uses, not one");
	json_decref(r), free(b);
	b = replace(a, "Thời hạn sử dụng: 50 năm. ", "Thửa đất số 47, ");
	r = extract(b);		/* a parcel of its own: nothing carried */
	expect(r, "parcels[0].origin", "null");
	json_decref(r), free(a), free(b), free(s);
}

/* Header cells name their columns by a label anywhere in them, whole
 * ("Tên hộ gia đình, cá nhân"), in any order; a change-of-use table's
 * "Từ loại đất" and "Sang loại đất" columns give land_use and
 * land_use_to. */
static void
test_table_header_labels(void **state)
{
	char *s = sample("thu-hoi-table.txt"), *a, *b;
	json_t *r;

	(void)state;
	a = replace(s, "| Họ và tên |", "| Tên hộ gia đình, cá nhân |");
	r = extract(a);
	expect(r, "owners[0].name", "\"Giàng A Páo\"");
	expect(r, "owners[1].name", "\"Vàng Thị Dua\"");
	expect(r, "parcels[2].holder", "1");
	json_decref(r), free(a);
	a = replace(s, "| Họ và tên |", "| Danh sách |");	/* no label */
	r = extract(a);
	assert_int_equal(json_array_size(json_object_get(r, "owners")), 0);
	json_decref(r), free(a);
	a = replace(s, "| Loại đất", "| Từ loại đất | Sang loại đất");
	b = replace(a, "| BHK", "| BHK | ONT");
	free(a);
	a = replace(b, "| LUK", "| LUK | ONT");
	free(b);
	b = replace(a, "| 95 | ONT", "| 95 | CLN | ONT");
	r = extract(b);
	expect(r, "parcels[0].land_use", "\"LUK\"");
	expect(r, "parcels[0].land_use_to", "\"ONT\"");
	expect(r, "parcels[1].land_use", "\"BHK\"");
	expect(r, "parcels[2].land_use", "\"CLN\"");
	expect(r, "parcels[2].land_use_to", "\"ONT\"");
	json_decref(r), free(a), free(b), free(s);
}

/* A one-row change-of-use table: the statement before it ("được chuyển
 * mục đích sử dụng ... cụ thể:") and the lines under it (place, term,
 * origin) are its row's, not a parcel of their own. */
static void
test_one_row_table(void **state)
{
	char *s = sample("thu-hoi-table.txt"), *a;
	const char *art = "Điều 1. Cho phép ông Lò Văn Ún, sinh năm 1970, "
	    "thường trú tại bản Co Mận, xã Sa Lông, huyện Mường Chà, được "
	    "chuyển mục đích sử dụng 250,5 m² đất từ đất trồng cây lâu năm "
	    "sang đất ở tại nông thôn, cụ thể:\n"
	    "Thửa đất số | Tờ bản đồ số | Diện tích (m²) | Từ loại đất | "
	    "Sang loại đất\n112 | 38 | 250,5 | CLN | ONT\n"
	    "- Vị trí thửa đất: bản Na Sang, xã Sa Lông, huyện Mường Chà;\n"
	    "- Thời hạn sử dụng đất: Lâu dài;\n"
	    "- Nguồn gốc sử dụng đất: Chuyển mục đích sử dụng đất.\n"
	    "Điều 2. Giao";
	json_t *r;

	(void)state;
	*strstr(s, "Điều 2. Giao") = '\0';
	a = replace(s, "Điều 1.", "");
	*strstr(a, "Thu hồi 3 thửa") = '\0';
	a = realloc(a, strlen(a) + strlen(art) + 64);
	strcat(strcat(a, art), " Phòng Tài nguyên và Môi trường.\n");
	r = extract(a);
	assert_int_equal(json_array_size(json_object_get(r, "parcels")), 1);
	expect(r, "parcels[0].number", "\"112\"");
	expect(r, "parcels[0].sheet", "\"38\"");
	expect(r, "parcels[0].area", "250.5");
	expect(r, "parcels[0].land_use", "\"CLN\"");
	expect(r, "parcels[0].land_use_to", "\"ONT\"");
	expect(r, "parcels[0].term", "\"Lâu dài\"");
	expect(r, "parcels[0].origin", "\"Chuyển mục đích sử dụng đất\"");
	expect(r, "parcels[0].address",
	    "\"bản Na Sang, xã Sa Lông, huyện Mường Chà\"");
	expect(r, "parcels[0].holder", "0");
	json_decref(r), free(a), free(s);
}

/* The sample table with a fourth row held by name. */
static json_t *
fourth_row(const char *name)
{
	char *s = sample("thu-hoi-table.txt"), *a, more[160];
	const char *row3 = "3 | Vàng Thị Dua | 1971 | 8 | 12 | 95 | ONT";
	json_t *r;

	snprintf(more, sizeof(more), "%s\n4 | %s | 1980 | 9 | 30 | 400 | LUC",
	    row3, name);
	a = replace(s, row3, more);
	r = extract(a);
	free(a), free(s);
	return r;
}

/* A table row naming the holder of a row further up is a namesake, a new
 * owner, reviewed; the holder of the row just above is the same owner. */
static void
test_table_namesake(void **state)
{
	json_t *r = fourth_row("Giàng A Páo");

	(void)state;
	assert_int_equal(json_array_size(json_object_get(r, "owners")), 3);
	expect(r, "parcels[3].holder", "2");
	expect(r, "owners[2].birth_year", "1980");
	assert_true(reviewed(r, "parcels[3].holder"));
	json_decref(r);
	r = fourth_row("Vàng Thị Dua");
	assert_int_equal(json_array_size(json_object_get(r, "owners")), 2);
	expect(r, "parcels[3].holder", "1");
	json_decref(r);
}

/* The commune of a table's rows that name none: the place Điều 1 names
 * ("tại xã ...", "thuộc địa bàn xã ..."), else the subject line's; none
 * when neither names one. */
static void
test_table_commune(void **state)
{
	char path[4096], *s = sample("thu-hoi-table.txt"), *a, *b, *want;
	const char *place = "tại xã Sa Lông, huyện Mường Chà, tỉnh Lai Châu,";
	lr_extractor *plain = X;
	lr_units *u;
	lr_err err;
	json_t *r;

	(void)state;
	snprintf(path, sizeof(path), "%s/data/admin-units.csv", top());
	assert_non_null(u = lr_units_load(path, &err));
	snprintf(path, sizeof(path), "%s/schemas", top());
	assert_non_null(X = lr_extractor_new(path, u, &err));
	r = extract(s);
	want = at(r, "owners[0].commune_code");
	assert_string_not_equal(want, "null");
	expect(r, "parcels[2].commune_code", want);
	json_decref(r);
	a = replace(s, "tại xã Sa Lông", "thuộc địa bàn xã Sa Lông");
	r = extract(a);
	expect(r, "owners[1].commune_code", want);
	json_decref(r), free(a);
	a = replace(s, place, "");
	r = extract(a);
	expect(r, "owners[0].commune_code", "null");
	json_decref(r);
	b = replace(a, "đường giao thông\n", "đường giao thông "
	    "tại xã Sa Lông, huyện Mường Chà\n");
	r = extract(b);
	expect(r, "owners[0].commune_code", want);
	expect(r, "parcels[0].commune_code", want);
	json_decref(r), free(a), free(b), free(s), free(want);
	lr_extractor_free(X);
	lr_units_free(u);
	X = plain;
}

/* Owners of a table row with no title and no middle name of one sex: the
 * sex of a given name only one list of --names holds, reviewed; none for
 * a given name in both lists or in neither, nor without the lists. */
static void
test_given_name_sex(void **state)
{
	char dir[4096], *s = sample("thu-hoi-table.txt"), *a, *b;
	lr_names *n;
	lr_err err;
	json_t *r;

	(void)state;
	snprintf(dir, sizeof(dir), "%s/data/names", top());
	if ((n = lr_names_load(dir, &err)) == NULL)
		skip();
	a = replace(s, "Giàng A Páo", "Ngô Hoàng Hải");
	b = replace(a, "Vàng Thị Dua", "Lò Hải Dương");
	r = extract(b);
	expect(r, "owners[0].gender", "null");
	json_decref(r);
	lr_extractor_set_names(X, n);
	r = extract(b);
	expect(r, "owners[0].gender", "\"M\"");
	assert_string_equal(reason_of(r, "owners[0].gender"),
	    "gender from the given name");
	expect(r, "owners[1].gender", "null");	/* "Hải Dương": both lists */
	assert_string_equal(reason_of(r, "owners[1].gender"), "sex not printed");
	json_decref(r), free(b);
	b = replace(a, "Vàng Thị Dua", "Vàng Páo");
	r = extract(b);
	expect(r, "owners[1].gender", "null");	/* in neither list */
	lr_extractor_set_names(X, NULL);
	lr_names_free(n);
	json_decref(r), free(a), free(b), free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vnnum),
		cmocka_unit_test(test_six_unit),
		cmocka_unit_test(test_repaired_token),
		cmocka_unit_test(test_speck_words),
		cmocka_unit_test(test_margin_note),
		cmocka_unit_test(test_old_figures),
		cmocka_unit_test(test_old_id),
		cmocka_unit_test(test_decnum),
		cmocka_unit_test(test_decnum_mended),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_area),
		cmocka_unit_test(test_words_number),
		cmocka_unit_test(test_landuse),
		cmocka_unit_test(test_landuse_word),
		cmocka_unit_test(test_term_id_name),
		cmocka_unit_test(test_name_cap_mark),
		cmocka_unit_test(test_name_runs),
		cmocka_unit_test(test_middle_fix),
		cmocka_unit_test(test_id_conf),
		cmocka_unit_test(test_decnum_conf),
		cmocka_unit_test(test_id_repairs),
		cmocka_unit_test(test_samples),
		cmocka_unit_test(test_damaged),
		cmocka_unit_test(test_calibrated_review),
		cmocka_unit_test(test_table_terms),
		cmocka_unit_test(test_ocr_table),
		cmocka_unit_test(test_table_header_labels),
		cmocka_unit_test(test_table_commune),
		cmocka_unit_test(test_one_row_table),
		cmocka_unit_test(test_table_namesake),
		cmocka_unit_test(test_given_name_sex),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, setup, teardown);
}
