package vn.pakn.demo;

/** One line of demo-accounts.txt: who may sign in to the demo, and with what. */
record DemoAccount(String roles, String unit, String phone, String password) {
}
