# landrec: scanned land-use decisions to land-database records.
# Plain GNU make.  Every dependency is found with pkg-config.

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
MANDIR  ?= $(PREFIX)/share/man
DATADIR ?= $(PREFIX)/share/landrec
DESTDIR ?=
VERSION := 0.1.0

CC      ?= cc
PKGS    := libtiff-4 tesseract lept libxml-2.0 sqlite3 jansson libutf8proc nettle \
	   poppler-glib cairo libjpeg libpng
CFLAGS  ?= -O2 -g
WARN    := -Wall -Wextra -Werror -Wno-error=deprecated-declarations
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(WARN) $(CFLAGS) $(SAN) \
	-DLR_VERSION='"$(VERSION)"' -DLR_DATADIR='"$(DATADIR)"' \
	-Ilib -Icmd $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LIBS    = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lcsv -lpthread -lm
B       ?= build
V       ?= 0
Q       := $(if $(filter 1,$(V)),,@)

# Every command is cmd/NAME.c; files named cmd/cli*.c are front-end helpers.
CLI_SRC := $(wildcard cmd/cli*.c)
CMD_SRC := $(filter-out $(CLI_SRC),$(wildcard cmd/*.c))
CMDS    := $(patsubst cmd/%.c,%,$(CMD_SRC))
LIB_SRC := $(wildcard lib/*.c)
LIB_OBJ := $(patsubst %.c,$(B)/%.o,$(LIB_SRC))
CLI_OBJ := $(patsubst %.c,$(B)/%.o,$(CLI_SRC))
UNIT_SRC:= $(wildcard tests/unit/test-*.c)
UNITS   := $(patsubst tests/unit/%.c,$(B)/tests/%,$(UNIT_SRC))
MANS    := $(wildcard man/*.[1-9])

.PHONY: all deps demo check check-asan unit install uninstall clean lint-man fuzz
all: $(addprefix $(B)/bin/,$(CMDS))

deps:
	@sh tests/deps.sh

$(B)/%.o: %.c $(wildcard lib/*.h cmd/*.h)
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/liblandrec.a: $(LIB_OBJ)
	@rm -f $@
	$(Q)ar rcs $@ $^

$(B)/bin/%: $(B)/cmd/%.o $(CLI_OBJ) $(B)/liblandrec.a
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $^ $(LIBS)

$(B)/tests/%: tests/unit/%.c $(B)/liblandrec.a
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(ALL_CFLAGS) -o $@ $^ $(LIBS) -lcmocka

unit: $(UNITS)

check: deps
	@$(MAKE) --no-print-directory all unit
	@B=$(B) sh tests/run.sh

check-asan: deps
	@$(MAKE) --no-print-directory B=build-asan CFLAGS='-O1 -g' \
		SAN='-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer' all unit
	@B=build-asan ASAN_OPTIONS=detect_leaks=1 \
		LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp \
		UBSAN_OPTIONS=print_stacktrace=1 sh tests/run.sh

demo: deps
	@$(MAKE) --no-print-directory all
	@bash tests/demo.sh

FUZZ_SECONDS ?= 30
fuzz: deps
	@$(MAKE) --no-print-directory B=build-fuzz CC=clang CFLAGS='-O1 -g' \
		SAN='-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all' \
		build-fuzz/liblandrec.a
	@mkdir -p build-fuzz
	@FUZZ_SECONDS=$(FUZZ_SECONDS) sh tests/fuzz.sh

lint-man:
	mandoc -Tlint -Wwarning $(MANS)

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man5 \
		$(DESTDIR)$(MANDIR)/man7 $(DESTDIR)$(DATADIR)
	install -m 755 $(addprefix $(B)/bin/,$(CMDS)) $(DESTDIR)$(BINDIR)
	for m in $(MANS); do s=$${m##*.}; install -m 644 $$m $(DESTDIR)$(MANDIR)/man$$s; done
	cp -R schemas/. $(DESTDIR)$(DATADIR)

uninstall:
	rm -f $(addprefix $(DESTDIR)$(BINDIR)/,$(CMDS))
	for m in $(MANS); do s=$${m##*.}; rm -f $(DESTDIR)$(MANDIR)/man$$s/$${m#man/}; done
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build build-asan build-fuzz out
.SECONDARY:
