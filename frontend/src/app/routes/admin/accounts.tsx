import { AccountsPage } from "@/features/accounts/components/accounts-page";

export default AccountsPage;
