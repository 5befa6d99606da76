//! Browser entry point: installs the panic hook and mounts the app on `<body>`.

fn main() {
    entrylens::install_panic_hook();
    leptos::mount::mount_to_body(entrylens::App);
}
