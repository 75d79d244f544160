import { describe, expect, it } from "vitest";
import { splitAnchor } from "../../../src/core/references/anchors.js";
import { toPath } from "../../../src/core/references/pathlike.js";

describe("toPath: what is a repository path", () => {
  const yes: [string, string][] = [
    ["api_healer.py", "api_healer.py"],
    ["src/backend/search/", "src/backend/search/"],
    ["crewai-service/", "crewai-service/"],
    ["_agents/_logs/", "_agents/_logs/"],
    ["./docs/guide.md", "docs/guide.md"],
    ["../src/a.ts", "../src/a.ts"],
    ["Dockerfile", "Dockerfile"],
    ["Makefile", "Makefile"],
    ["Dockerfile.dev", "Dockerfile.dev"],
    [".gitignore", ".gitignore"],
    [".eslintrc", ".eslintrc"],
    ["README.md", "README.md"],
    ["package.json", "package.json"],
    ["config.json", "config.json"],
    ["vite.config.ts", "vite.config.ts"],
    ["tsconfig.build.json", "tsconfig.build.json"],
    ["main.c", "main.c"],
    ["2024.csv", "2024.csv"],
    ["src\\backend\\app.py", "src/backend/app.py"],
    ["/favicon.ico", "/favicon.ico"],
    ["README.MD", "README.MD"],
  ];
  for (const [written, path] of yes) {
    it(`${written} is a path`, () => {
      expect(toPath(written, "prose")?.path).toBe(path);
    });
  }

  const no = [
    "google.generativeai.list_models()",
    "self.fs.write_file",
    "os.path",
    "console.log",
    "response.json",
    "process.env",
    "v1.0",
    "1.2.3",
    "0.43",
    "3.9",
    "Gemini/Abacus",
    "404/NoneType",
    "and/or",
    "TCP/IP",
    "pass/fail",
    "@scope/pkg",
    "gemini-2-0-flash",
    "claude-sonnet-4-6",
    "gpt-4.1",
    "/health/api",
    "/api/v1/users/:id",
    "https://example.com/a.md",
    "www.example.com",
    "mailto:a@b.com",
    "dev@example.com",
    "render.com",
    "example.io",
    "agent.ai",
    "site.dev",
    "Node.js",
    "Vue.js",
    "e.g.",
    "i.e",
    "a.m",
    ".py",
    "/etc/nginx/nginx.conf",
    "~/.bashrc",
    "C:\\Users\\me\\file.txt",
    "github.com/o/r/x.md",
    "w/",
    "README",
    "fcntl/msvcrt",
    "BUILD-048",
    "x=1.py",
  ];
  for (const written of no) {
    it(`${written} is not a path`, () => {
      expect(toPath(written, "prose")).toBeNull();
    });
  }

  it("accepts extensionless docs only in code and links", () => {
    expect(toPath("README", "code")?.path).toBe("README");
    expect(toPath("LICENSE", "prose")).toBeNull();
    expect(toPath("docs/README", "prose")?.path).toBe("docs/README");
  });

  it("accepts spaces and & in code spans but not command lines", () => {
    expect(toPath("docs/R&D notes.md", "code")?.path).toBe("docs/R&D notes.md");
    expect(toPath("python run.py", "code")).toBeNull();
    expect(toPath("pytest tests/test_a.py -x", "code")).toBeNull();
    expect(toPath("docs/R&D notes.md", "prose")).toBeNull();
    // the current folder as an argument: a command, whatever its last word
    expect(toPath("wp i18n make-pot . languages/acme.pot", "code")).toBeNull();
    expect(toPath("Game Assets/Intro Level.tscn", "code")?.path).toBe("Game Assets/Intro Level.tscn");
  });

  it("knows translation, secret, capture and release-config files", () => {
    for (const p of [
      "lib/l10n/app_ar.arb",
      "locale/de/LC_MESSAGES/app.po",
      "Resources/Strings.de.resx",
      "secrets/b2-credentials.age",
      "captures/i2c-nack.sal",
      "config/vm.args",
      "build.zig.zon",
      "compiler.cabal",
      "deploy/cron/ical_sync.cron",
    ])
      expect(toPath(p, "code")?.path, p).toBe(p);
    // member-like names stay names
    expect(toPath("self.age", "prose")).toBeNull();
    expect(toPath("this.args", "prose")).toBeNull();
  });

  it("knows shader, game-data, Qt and R package files, R's capital extensions included", () => {
    for (const p of [
      "assets/shaders/water.wgsl",
      "shaders/blur.frag",
      "assets/levels/level_01.ron",
      "man/baseflow_eckhardt.Rd",
      "vignettes/recession-analysis.Rmd",
      "analysis.Rproj",
      "inst/WORDLIST",
      "Content/Maps/L_Desert.umap",
      "Content/UI/WBP_PauseMenu.uasset",
      "tools/i2c_scan/i2c_scan.ino",
      "urdf/rover.urdf.xacro",
      "hardware/enclosure/shield_v2.stl",
      "public/_redirects",
      "ui/syncpage.ui",
      "resources/icons.qrc",
      "qml/Main.qml",
      "packaging/linux/app.desktop",
    ])
      expect(toPath(p, "prose")?.path, p).toBe(p);
    // near-misses: other mixed-case tails are members; a bare WORDLIST in prose is a word
    expect(toPath("Foo.Bar", "prose")).toBeNull();
    expect(toPath("config.Rdx", "prose")).toBeNull();
    expect(toPath("WORDLIST", "prose")).toBeNull();
    // near-misses: Qt Designer's `.ui` and a desktop entry are also members (`self.ui`, `window.desktop`)
    expect(toPath("self.ui", "code")).toBeNull();
    expect(toPath("window.desktop", "prose")).toBeNull();
  });

  it("reads a backslash before an underscore in a code span as a needless escape, others as Windows separators", () => {
    expect(toPath("app\\_router.dart", "code")?.path).toBe("app_router.dart");
    expect(toPath("pkg/\\_\\_init\\_\\_.py", "code")?.path).toBe("pkg/__init__.py");
    expect(toPath("src\\__tests__\\cart.test.ts", "code")?.path).toBe("src/__tests__/cart.test.ts");
    expect(toPath("lib\\app_router.dart", "code")?.path).toBe("lib/app_router.dart");
  });

  it("decodes links: escapes, %20, query and fragments", () => {
    expect(toPath("docs/A%20%26%20B.md", "link")?.path).toBe("docs/A & B.md");
    expect(toPath("ok\\_file.md", "link")?.path).toBe("ok_file.md");
    expect(toPath("docs/x.md?plain=1#intro", "link")?.path).toBe("docs/x.md");
    expect(toPath("#section", "link")).toBeNull();
    expect(toPath("foo:bar", "link")).toBeNull();
    expect(toPath("docs/guide", "link")?.path).toBe("docs/guide");
  });

  it("marks placeholders and globs as examples", () => {
    const cases: [string, RegExp][] = [
      ["_agents/_logs/api_healer_YYYYMMDD.json", /date/],
      ["logs/<agent>.log", /angle/],
      ["runs/{id}/result.json", /braces/],
      ["$HOME_DIR/config.yaml", /variable/],
      ["handoffs/handoff-XXXX.md", /XX/],
      ["docs/**/*.md", /glob/],
      ["src/*.py", /glob/],
      ["path/to/file.py", /path\/to/],
      ["foo/bar.py", /demo/],
      [".../deep/file.py", /elided/],
      ["/regex/", /regular expression/],
      ["fastq.gz", /compressed format/],
    ];
    for (const [written, why] of cases) {
      const c = toPath(written, "code");
      expect(c, written).not.toBeNull();
      expect(c!.example, written).toMatch(why);
    }
    // near-misses: a compressed file with a name of its own, or in a folder
    expect(toPath("reads_R1.fastq.gz", "code")?.example).toBeUndefined();
    expect(toPath("data/tar.gz", "code")?.example).toBeUndefined();
  });

  it("marks local-only files (.env, node_modules/) as never committed", () => {
    expect(toPath(".env", "prose")?.local).toBeDefined();
    expect(toPath(".env.local", "prose")?.local).toBeDefined();
    expect(toPath(".env.example", "prose")?.local).toBeUndefined();
    expect(toPath("node_modules/", "prose")?.local).toBeDefined();
    // Coverage output is generated, as the untracked checks' artifact defaults say.
    expect(toPath("coverage/", "prose")?.local).toBeDefined();
    expect(toPath("coverage/lcov-report/index.html", "code")?.local).toBeDefined();
    expect(toPath("htmlcov/index.html", "code")?.local).toBeDefined();
    expect(toPath("src/recovery/coverage_report.py", "code")?.local).toBeUndefined();
    // The user's own shell and tool dotfiles, named bare; a repository's `dotfiles/.bashrc` is a file.
    expect(toPath(".bashrc", "code")?.local).toBeDefined();
    expect(toPath(".netrc", "prose")?.local).toBeDefined();
    expect(toPath("dotfiles/.bashrc", "code")?.local).toBeUndefined();
    expect(toPath(".eslintrc", "code")?.local).toBeUndefined();
  });
});

describe("line anchors", () => {
  it("reads #L anchors and :line suffixes", () => {
    expect(splitAnchor("a.py#L10-L20")).toMatchObject({ base: "a.py", range: { start: 10, end: 20 } });
    expect(splitAnchor("a.py#L10")).toMatchObject({ base: "a.py", range: { start: 10, end: 10 } });
    expect(splitAnchor("a.py:120")).toMatchObject({ base: "a.py", range: { start: 120, end: 120 } });
    expect(splitAnchor("a.py:120-140")).toMatchObject({ base: "a.py", range: { start: 120, end: 140 } });
    expect(splitAnchor("a.py:120:5")).toMatchObject({ base: "a.py", range: { start: 120, end: 120 } });
    expect(splitAnchor("a.py#intro")).toEqual({ base: "a.py", rawLength: 10 });
  });

  it("does not read timestamps as line anchors", () => {
    expect(splitAnchor("retry.log:16:18:21")).toEqual({ base: "retry.log", rawLength: 9 });
    expect(splitAnchor("retry.log:16:18")).toEqual({ base: "retry.log", rawLength: 9 });
    const p = toPath("retry.log:16:18:21", "prose");
    expect(p?.path).toBe("retry.log");
    expect(p?.range).toBeUndefined();
    expect(p?.rawLength).toBe(9);
  });

  it("rejects inverted ranges", () => {
    expect(splitAnchor("a.py#L20-L10").range).toBeUndefined();
  });
});

describe("a cluster's scratch space", () => {
  it("is not a file of the repository", () => {
    expect(toPath("/scratch/lab/glaciers/raw/", "code")).toBeNull();
    expect(toPath("/gpfs/projects/x/data.h5", "code")).toBeNull();
    // near-miss: a folder of the repository named like one
    expect(toPath("scratch/notes.md", "code")?.path).toBe("scratch/notes.md");
  });
});

describe("scientific and Ruby files, and scripts without an extension", () => {
  it("reads Fortran, MATLAB, namelist, netCDF, RBS and Rack files as files", () => {
    for (const name of [
      "src/solver_imex.f90",
      "src/legacy/flux.f",
      "matlab/fig4_spectra.m",
      "config/channel_flow.nml",
      "matlab/live/explore.mlx",
      "sig/rate_gate/middleware.rbs",
      "spec/fixtures/rack_app/config.ru",
      "util.m",
    ])
      expect(toPath(name, "code")?.path, name).toBe(name);
    expect(toPath("config.ru", "prose")?.path).toBe("config.ru");
    expect(toPath(".ansible-lint", "code")?.path).toBe(".ansible-lint");
    // near-misses: times and abbreviations, members, a country's domain
    for (const word of ["a.m", "p.m", "e.f", "self.m", "obj.f", "yandex.ru", "self.nc"])
      expect(toPath(word, "prose"), word).toBeNull();
  });

  it("reads a project's bin/ and exe/ scripts as files", () => {
    expect(toPath("bin/release-check", "code")?.path).toBe("bin/release-check");
    expect(toPath("exe/rate_gate-bench", "code")?.path).toBe("exe/rate_gate-bench");
    expect(toPath("./bin/setup", "code")?.path).toBe("bin/setup");
    // near-misses: a system path, a vendor's binary, another folder's extensionless name
    expect(toPath("/bin/bash", "code")).toBeNull();
    expect(toPath("vendor/bin/phpunit", "code")).toBeNull();
    expect(toPath("tools/release-check", "code")).toBeNull();
  });
});

describe("map tracks and build files written in the wrong case", () => {
  it("reads GPX, KML and GeoJSON files, and a known build file in the wrong case with its folder", () => {
    for (const name of ["Trailhead/Resources/Yosemite.gpx", "maps/routes.kml", "maps/zones.geojson"])
      expect(toPath(name, "code")?.path, name).toBe(name);
    expect(toPath("fastlane/FastFile", "code")?.path).toBe("fastlane/FastFile");
    expect(toPath("docker/DockerFile", "code")?.path).toBe("docker/DockerFile");
    // near-misses: a bare word in the wrong case, a folder's extensionless word that is no build file
    expect(toPath("FastFile", "prose")).toBeNull();
    expect(toPath("src/profile", "code")).toBeNull();
  });
});

describe("ESP-IDF settings and Matplotlib styles", () => {
  it("reads sdkconfig files and .mplstyle as files", () => {
    for (const name of ["sdkconfig.release", "sdkconfig.defaults", "scripts/plotstyle.mplstyle"])
      expect(toPath(name, "code")?.path, name).toBe(name);
    // near-miss: an HTTP method and its route in one code span
    expect(toPath("GET /api/v1/productos/", "code")).toBeNull();
  });
});

describe("pipelines and hardware: Nextflow, Snakemake, Verilog, FPGA constraints, KiCad, Bicep parameters", () => {
  it("reads their files as files", () => {
    for (const name of [
      "modules/local/fastp/main.nf",
      "workflow/rules/dedup.smk",
      "rtl/uart/uart.v",
      "constraints/arty_a7.xdc",
      "constraints/icebreaker.pcf",
      "scripts/build_vivado.tcl",
      "build/arty/timing_summary.rpt",
      "hw/rev-b/mainboard.kicad_pro",
      "queries/deny-by-spoke.kql",
      "parameters/prod.bicepparam",
    ])
      expect(toPath(name, "code")?.path, name).toBe(name);
  });

  it("does not read a command's folder arguments as one name with spaces", () => {
    expect(toPath("stylua lua/ tests/", "code")).toBeNull();
    expect(toPath("luacheck lua/ spec/", "code")).toBeNull();
    // near-miss: a folder whose name has a space inside it
    expect(toPath("docs/Design Notes/", "code")?.path).toBe("docs/Design Notes/");
  });
});

describe("COBOL, Gleam, ArduPilot and Firebase files; a command's file arguments; a lab number to fill in", () => {
  it("reads their files as files", () => {
    for (const name of [
      "legacy/copybooks/ACCTREC.cpy",
      "legacy/cobol/ACCTUPD.cbl",
      "legacy/jcl/NIGHTLY.jcl",
      "src/linkbird/store.gleam",
      "missions/field_b.waypoints",
      "params/quad_x650.params",
      "firestore.rules",
    ])
      expect(toPath(name, "code")?.path, name).toBe(name);
    // near-miss: a dotted member with the same tail
    expect(toPath("self.rules", "code")).toBeNull();
    expect(toPath("this.params", "code")).toBeNull();
  });

  it("does not read a command's file arguments as one name with spaces", () => {
    expect(toPath("otter assign book/labs/lab03.ipynb autograder/lab03/", "code")).toBeNull();
    // near-miss: a name with a space before its extension
    expect(toPath("docs/Meeting notes/2024 plan.md", "code")?.path).toBe("docs/Meeting notes/2024 plan.md");
  });
});

describe("extensionless scripts and drop-in files; version pins", () => {
  it("reads a script or drop-in file named without an extension, with its folder", () => {
    for (const name of [
      "script/bootstrap",
      "scripts/setup-db",
      "rel/overlays/bin/migrate",
      "scripts/hooks/pre-commit",
      ".husky/commit-msg",
      "deploy/logrotate/celery",
      "deploy/crontab",
      "nginx/sites-available/shop",
    ]) {
      expect(toPath(name, "code")?.path, name).toBe(name);
      expect(toPath(name, "prose")?.path, name).toBe(name);
    }
    // near-misses: the same names bare, or in a folder of installed or built things
    expect(toPath("bootstrap", "code")).toBeNull();
    expect(toPath("crontab", "code")).toBeNull();
    expect(toPath("env/bin/python", "code")).toBeNull();
    expect(toPath("vendor/bin/phpunit", "code")).toBeNull();
    expect(toPath("build/bin/server", "code")).toBeNull();
    expect(toPath("src/hooks/use-auth", "code")).toBeNull();
    expect(toPath("api/update", "code")).toBeNull();
  });

  it("reads a version manager's pin as a file", () => {
    for (const name of [".php-version", ".terraform-version", ".bazelversion"])
      expect(toPath(name, "code")?.path, name).toBe(name);
    // near-miss: a bare `.version` says nothing about which tool
    expect(toPath(".version", "code")).toBeNull();
  });
});

describe("ABAP objects, PHP templates, Tiled maps and SAP namespaces", () => {
  it("reads abapGit's object files and not a namespace between slashes", () => {
    for (const name of [
      "src/zcl_fi_dunning_run.clas.abap",
      "src/zfi_r_preview.prog.abap",
      "view/frontend/templates/store/view.phtml",
      "assets/tiles/level_02.tmx",
    ])
      expect(toPath(name, "code")?.path, name).toBe(name);
    expect(toPath("/NMHG/", "code")).toBeNull();
    expect(toPath("/SCWM/", "prose")).toBeNull();
    // near-miss: a root folder in lower case is still a folder
    expect(toPath("/docs/", "code")?.path).toBe("/docs/");
  });
});

describe("session 17: linker scripts", () => {
  it("reads an embedded project's linker script as a file", () => {
    for (const name of ["memory.x", "Memory.x", "link.x", "device.x", "boards/nrf52/memory.x"])
      expect(toPath(name, "code")?.path, name).toBe(name);
    // near-misses: a version series and another one-letter suffix
    expect(toPath("v1.x", "code")).toBeNull();
    expect(toPath("2.x", "prose")).toBeNull();
    expect(toPath("config.x", "prose")).toBeNull();
  });
});

describe("session 17: hooks, an image's /etc, Salt states and MonoGame content", () => {
  it("reads Kamal's hooks and an overlay's /etc files as files", () => {
    for (const name of [".kamal/hooks/pre-build", ".kamal/hooks/post-deploy", "rootfs_overlay/etc/motd"])
      expect(toPath(name, "code")?.path, name).toBe(name);
    // near-misses: a React hook, and the machine's own /etc written from its root folder
    expect(toPath("src/hooks/use-auth", "code")).toBeNull();
    expect(toPath("etc/hosts", "code")).toBeNull();
  });

  it("reads Salt states and a MonoGame content project", () => {
    for (const name of ["salt/postgres/init.sls", "pillar/haproxy.sls", "Content/Content.mgcb"])
      expect(toPath(name, "code")?.path, name).toBe(name);
  });
});

describe("session 18: a Debian package's files", () => {
  it("reads debian/control and debian/rules as files", () => {
    for (const name of ["packaging/debian/control", "debian/rules", "debian/postinst"])
      expect(toPath(name, "code")?.path, name).toBe(name);
    // near-misses: the same names under another folder
    expect(toPath("src/control", "code")).toBeNull();
    expect(toPath("config/rules", "code")).toBeNull();
  });
});

describe("session 19: assembly sources and Kconfig menus", () => {
  it("reads `.S` and `.s` files and Kconfig written with a folder", () => {
    for (const name of ["components/ulp/ulp_main.S", "arch/x86/boot.s", "components/power/Kconfig"])
      expect(toPath(name, "prose")?.path, name).toBe(name);
    // near-misses: the same without a folder, and a country's initials
    expect(toPath("main.S", "prose")).toBeNull();
    expect(toPath("U.S", "prose")).toBeNull();
    expect(toPath("Kconfig", "prose")).toBeNull();
  });
});
