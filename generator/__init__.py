"""videoapi-specs toolchain: spec checks, bundling and code generation."""
