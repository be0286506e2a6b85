# factdiff: the two commands of the quick start, and the rest of the developer's loop.
#   make run    installs what is missing, builds, and compares the bundled example cluster
#   make test   installs what is missing, builds, and runs the whole suite through ctest

BUILD     ?= build
ASAN_BUILD ?= build-asan
CORPUS    ?= $(wildcard ../shared/corpus)
JOBS      ?= $(shell nproc)
CMAKE_FLAGS ?=

FACTDIFF  := $(BUILD)/factdiff
CORPUS_FLAG := $(if $(CORPUS),--corpus $(CORPUS),)

.PHONY: all deps test-deps configure build run test test-asan bench bench-peers fuzz clean

all: build

# Packages only some tests use (the HTML report is checked in a real browser).
TEST_PACKAGES := chromium fonts-dejavu-core

deps:
	@tools/install-deps.sh

test-deps:
	@tools/install-deps.sh --optional $(TEST_PACKAGES)

$(BUILD)/build.ninja: | deps
	cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS) \
	  $(if $(CORPUS),-DFACTDIFF_CORPUS_DIR=$(abspath $(CORPUS)),)

configure: $(BUILD)/build.ninja

build: deps configure
	cmake --build $(BUILD) -j $(JOBS)

# Only the command line: the quickest way to a first report.
run: deps configure
	cmake --build $(BUILD) --target factdiff -j $(JOBS)
	$(FACTDIFF) compare --fail-on none fixtures/paris-2015

test: build test-deps
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

test-asan: deps test-deps
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFACTDIFF_SANITIZE=ON \
	  -DFACTDIFF_BUILD_BENCH=OFF $(if $(CORPUS),-DFACTDIFF_CORPUS_DIR=$(abspath $(CORPUS)),)
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS)

bench: build
	$(FACTDIFF) bench fixtures $(CORPUS_FLAG)

# Recognizers-Text (npm) and factdiff side by side on the corpus texts; not part of `make test`.
bench-peers: build
	bench/peers/run-peers.sh "$(CORPUS)" $(FACTDIFF) $(BUILD)/peers.json

# libFuzzer targets (fuzz/), built with clang in their own folder, each run FUZZ_SECONDS.
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
fuzz:
	@tools/install-deps.sh --optional clang libclang-rt-14-dev
	cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DFACTDIFF_FUZZ=ON \
	  -DFACTDIFF_SANITIZE=ON -DFACTDIFF_BUILD_TESTS=OFF -DFACTDIFF_BUILD_BENCH=OFF
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_targets
	fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(CORPUS)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
