import { MessagesPage } from "@/features/outbox/components/messages-page";

export default MessagesPage;
