//! Browser entry point: installs the panic hook and mounts the app on `<body>`.

fn main() {
    entrylens::install_panic_hook();
    #[cfg(target_arch = "wasm32")]
    entrylens::lean::zone_rules::install();
    entrylens::config::capture_from_url();
    entrylens::embed::capture_host_origin();
    leptos::mount::mount_to_body(entrylens::App);
}
