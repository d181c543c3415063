import { AppointmentList } from "@/features/pakn/appointments/components/appointment-list";

/** Phiếu hẹn xử lý: the appointments of my unit. */
export default function PaknAppointmentsPage() {
  return <AppointmentList />;
}
