package vn.pakn.demo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.pakn.unit.Role;

/**
 * Invented officers for the demo: names combined from common Vietnamese family, middle and given names, always the
 * same for the same unit list, and phone numbers in the block +84 9099 xxxxx (the tests' TestData stays below it).
 */
final class DemoPeople {

    static final String PROVINCE_OFFICE_UNIT = "VP-UBND";
    static final String CALL_CENTER_UNIT = "TT-1022";
    /** Every this many units, the leader also processes PAKN, as the original's "Lãnh đạo, chuyên viên". */
    private static final int LEADER_SPECIALIST_EVERY = 7;

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
        "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trương", "Mai", "Cao"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Đức", "Thanh", "Ngọc", "Quang", "Thu",
        "Xuân", "Hoài", "Bảo", "Gia", "Kim", "Phương"};
    private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Hải", "Hạnh", "Hiếu", "Hoa",
        "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phong", "Phúc", "Quân", "Sơn", "Tâm",
        "Thảo", "Trang", "Trung", "Tuấn", "Vy", "Yến", "Khoa", "Lộc", "Nhung", "Thịnh", "Uyên", "Vinh", "Xuyến"};

    record Person(String fullName, String position, String phone, Set<Role> roles, String unitCode) {
    }

    private DemoPeople() {
    }

    /** One admin and one provincial officer (VP UBND), two operators (1022 centre), a leader and a specialist elsewhere. */
    static List<Person> plan(List<UnitsCsv.Row> units) {
        List<Person> people = new ArrayList<>();
        people.add(person(people.size(), "Quản trị hệ thống", EnumSet.of(Role.ADMIN), PROVINCE_OFFICE_UNIT));
        people.add(person(people.size(), "Chuyên viên VP UBND tỉnh", EnumSet.of(Role.PROVINCE_OFFICE),
                PROVINCE_OFFICE_UNIT));
        people.add(person(people.size(), "Tổng đài viên", EnumSet.of(Role.OPERATOR), CALL_CENTER_UNIT));
        people.add(person(people.size(), "Tổng đài viên", EnumSet.of(Role.OPERATOR), CALL_CENTER_UNIT));
        int other = 0;
        for (UnitsCsv.Row unit : units) {
            if (unit.code().equals(PROVINCE_OFFICE_UNIT) || unit.code().equals(CALL_CENTER_UNIT)) {
                continue;
            }
            boolean alsoSpecialist = other++ % LEADER_SPECIALIST_EVERY == LEADER_SPECIALIST_EVERY - 1;
            people.add(alsoSpecialist
                    ? person(people.size(), "Lãnh đạo, chuyên viên", EnumSet.of(Role.LEADER, Role.SPECIALIST),
                            unit.code())
                    : person(people.size(), "Lãnh đạo", EnumSet.of(Role.LEADER), unit.code()));
            people.add(person(people.size(), "Chuyên viên", EnumSet.of(Role.SPECIALIST), unit.code()));
        }
        return people;
    }

    private static Person person(int index, String position, Set<Role> roles, String unitCode) {
        String name = FAMILY[index % FAMILY.length] + " " + MIDDLE[(index * 7 + 3) % MIDDLE.length] + " "
                + GIVEN[(index * 11 + 5) % GIVEN.length];
        return new Person(name, position, String.format("+849099%05d", index + 1), roles, unitCode);
    }
}
