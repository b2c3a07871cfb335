# SPDX-FileCopyrightText: 2026 Eventdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands: `make run` and `make test`. Both install what is missing on Debian 12,
# configure and build first.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
WERROR ?= OFF
JOBS ?= $(shell nproc)
CTEST_ARGS ?=

DEB_PACKAGES := build-essential cmake ninja-build pkg-config git \
	qt6-base-dev qt6-base-dev-tools libqt6svg6 qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev \
	qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev qt6-translations-l10n libqt6sql6-sqlite libgl-dev \
	libsodium-dev qtkeychain-qt6-dev libical-dev libexpat1-dev libsqlite3-dev \
	clang-format-14 wrk xvfb xauth imagemagick desktop-file-utils appstream dpkg-dev file curl \
	gnome-keyring dbus-daemon
# -- collector -- (its benchmarks read the database with the sqlite3 shell; the crash test's client)
DEB_PACKAGES += sqlite3 python3
# -- edge -- (libFuzzer targets: tests/fuzz/run.sh builds them with clang-14 and its sanitizers)
DEB_PACKAGES += clang-14 libclang-rt-14-dev llvm-14
# -- packaging -- (the nginx front test, lintian on the .deb, the manual page, systemd-analyze,
# pgrep)
DEB_PACKAGES += nginx openssl lintian man-db systemd procps
# -- pipeline -- (the property-based contract test, tests/api/contract_test.py)
DEB_PACKAGES += python3-hypothesis python3-jsonschema
# -- feeds, push -- (the corpus comparison's independent iCalendar reader; the calendar
# subscription test parses the feed)
DEB_PACKAGES += python3-icalendar python3-recurring-ical-events
# -- team server -- (the PostgreSQL stores link libpq; the `pg` tests start a throwaway
# PostgreSQL 15 cluster with initdb and pg_ctl, tests/pg/cluster.sh)
DEB_PACKAGES += libpq-dev postgresql-15
# -- perf -- (tests/bench/instructions_per_request.sh counts the server's instructions per request
# under callgrind)
DEB_PACKAGES += valgrind

.PHONY: all deps configure build run test bench format format-check package clean translations

all: build

# Installs the Debian packages that are missing (as root, or through sudo), then the npm
# package swagger-ui-dist that the /docs page embeds.
deps:
	@missing=$$(for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; \
	done); \
	command -v npm >/dev/null 2>&1 || missing="$$missing nodejs npm"; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:" $$missing; \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@if [ ! -f $(BUILD_DIR)/npm/node_modules/swagger-ui-dist/swagger-ui-bundle.js ]; then \
		mkdir -p $(BUILD_DIR)/npm && cp resources/docs/package.json resources/docs/package-lock.json $(BUILD_DIR)/npm/ && \
		(cd $(BUILD_DIR)/npm && npm ci --no-audit --no-fund --loglevel=error); \
	fi

configure: deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) -DEVENTDESK_WERROR=$(WERROR) \
		-DEVENTDESK_SWAGGER_DIR=$(abspath $(BUILD_DIR))/npm/node_modules/swagger-ui-dist

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Starts the window; with no display, the headless API server (it says so).
run: build
	$(BUILD_DIR)/app/eventdesk $(ARGS)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS) $(CTEST_ARGS)

bench:
	tests/bench/run.sh

# Re-runs lupdate over the sources of every library with tr() strings and refreshes
# translations/*.ts (then translate the new entries, marked unfinished).
translations: configure
	cmake --build $(BUILD_DIR) --target update_translations

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format-14 -i

format-check:
	git ls-files '*.cpp' '*.h' | xargs clang-format-14 --dry-run --Werror

package: build
	cd $(BUILD_DIR) && cpack -G DEB

clean:
	rm -rf $(BUILD_DIR)
