#ifndef LEDE_CNCURSESW_SHIM_H
#define LEDE_CNCURSESW_SHIM_H
// Wide-character ncurses. These must be defined before the header, and not through pkg-config:
// SwiftPM drops pkg-config's defines, and without them the wide-character API is missing.
#define _XOPEN_SOURCE 600
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <ncursesw/curses.h>

// Swift cannot use function-like macros, and Swift 6 rejects curses' mutable globals as not
// concurrency-safe, so both are reached through these inline accessors.

static inline WINDOW *lede_stdscr(void) { return stdscr; }
static inline WINDOW *lede_curscr(void) { return curscr; }
static inline int lede_lines(void) { return LINES; }
static inline int lede_cols(void) { return COLS; }
static inline int lede_colors(void) { return COLORS; }
static inline int lede_color_pairs(void) { return COLOR_PAIRS; }
static inline int lede_getmaxy(WINDOW *window) { int y, x; getmaxyx(window, y, x); (void)x; return y; }
static inline int lede_getmaxx(WINDOW *window) { int y, x; getmaxyx(window, y, x); (void)y; return x; }

static inline attr_t lede_a_normal(void) { return A_NORMAL; }
static inline attr_t lede_a_bold(void) { return A_BOLD; }
static inline attr_t lede_a_dim(void) { return A_DIM; }
static inline attr_t lede_a_italic(void) { return A_ITALIC; }
static inline attr_t lede_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lede_a_reverse(void) { return A_REVERSE; }
static inline attr_t lede_a_color(void) { return A_COLOR; }

static inline int lede_key_f(int n) { return KEY_F(n); }

static inline mmask_t lede_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t lede_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t lede_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t lede_button5_pressed(void) { return BUTTON5_PRESSED; }

// glibc's width tables, which ncurses and tmux use here; Glibc does not export these to Swift.
static inline int lede_wcwidth(wchar_t c) { return wcwidth(c); }
static inline int lede_wcswidth(const wchar_t *s, size_t n) { return wcswidth(s, n); }

// A terminfo string capability, or NULL when the terminal lacks it (tigetstr's -1 included).
static inline const char *lede_tigetstr(const char *name) {
    char *value = tigetstr(name);
    return (value == NULL || value == (char *)-1) ? NULL : value;
}
static inline int lede_tigetflag(const char *name) { return tigetflag(name) > 0; }
#endif
