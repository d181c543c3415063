package vn.pakn.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** demo-accounts.txt: tab-separated role, unit, phone, password, one account a line, under a header. */
final class DemoAccountsFile {

    static final String NAME = "demo-accounts.txt";
    private static final String HEADER = "role\tunit\tphone\tpassword";
    /** The unit whose officers the start-up message names. */
    static final String SAMPLE_UNIT = "Sở Tài nguyên và Môi trường";

    private DemoAccountsFile() {
    }

    static String format(List<DemoAccount> accounts) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        accounts.forEach(a -> text.append(a.roles()).append('\t').append(a.unit()).append('\t').append(a.phone())
                .append('\t').append(a.password()).append('\n'));
        return text.toString();
    }

    static List<DemoAccount> read(Path file) {
        try {
            return Files.readAllLines(file).stream().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split("\t", -1))
                    .map(f -> new DemoAccount(f[0], f[1], f[2], f[3]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message printed at every demo start: where to go and a few accounts to try. */
    static String loginBlock(String url, Path file) {
        StringBuilder block = new StringBuilder("\n")
                .append("==================================================================================\n")
                .append("PAKN 1022 demo — Đăng nhập tại ").append(url).append('\n');
        if (!Files.exists(file)) {
            return block.append("  (không tìm thấy danh sách tài khoản demo ").append(file.toAbsolutePath())
                    .append(")\n==================================================================================")
                    .toString();
        }
        List<DemoAccount> accounts = read(file);
        line(block, "Quản trị (admin)", first(accounts, a -> a.roles().contains("ADMIN")));
        line(block, "Tổng đài viên (operator)", first(accounts, a -> a.roles().contains("OPERATOR")));
        line(block, "VP UBND tỉnh (province office)", first(accounts, a -> a.roles().contains("PROVINCE_OFFICE")));
        line(block, "Lãnh đạo " + SAMPLE_UNIT + " (leader)",
                first(accounts, a -> a.unit().equals(SAMPLE_UNIT) && a.roles().contains("LEADER")));
        line(block, "Chuyên viên " + SAMPLE_UNIT + " (specialist)",
                first(accounts, a -> a.unit().equals(SAMPLE_UNIT) && a.roles().equals("SPECIALIST")));
        return block.append("  Danh sách đầy đủ / full list: ").append(file.toAbsolutePath()).append('\n')
                .append("==================================================================================")
                .toString();
    }

    private static Optional<DemoAccount> first(List<DemoAccount> accounts, Predicate<DemoAccount> which) {
        return accounts.stream().filter(which).findFirst();
    }

    private static void line(StringBuilder block, String label, Optional<DemoAccount> account) {
        account.ifPresent(a -> block.append("  ").append(label).append(": ").append(a.phone()).append(" / ")
                .append(a.password()).append('\n'));
    }
}
