package cn.scast.tianfu.membership.identity;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The constraints as Hibernate Validator (the implementation inside Payara) runs them. */
class IdentityConstraintsTest {

    private static final String JI = "\uD842\uDFB7"; // 𠮷, one code point, two UTF-16 units

    private static Locale originalLocale;
    private static ValidatorFactory factory;
    private static Validator validator;

    /** A member form as the web layer would bind it. */
    static class MemberForm {
        @ValidResidentIdNumber
        String idNumber;

        @ValidCreditCode
        String employerCreditCode;

        @ValidMobilePhone
        String mobile;

        @MaxCodePoints(4)
        String name;

        MemberForm(String idNumber, String employerCreditCode, String mobile, String name) {
            this.idNumber = idNumber;
            this.employerCreditCode = employerCreditCode;
            this.mobile = mobile;
            this.name = name;
        }
    }

    @BeforeAll
    static void buildValidator() {
        // The validator's default locale is taken when the factory is built; pin it so the build machine's
        // locale cannot change which bundle is read.
        originalLocale = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
        Locale.setDefault(originalLocale);
    }

    private static Map<String, String> messagesByField(MemberForm form) {
        Set<ConstraintViolation<MemberForm>> violations = validator.validate(form);
        return violations.stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage));
    }

    @Test
    void validValuesPass() {
        assertEquals(Map.of(), messagesByField(
                new MemberForm("11010519491231002x", "91350100M000100Y43", "+86 138 0013 8000", "张" + JI + "明")));
    }

    @Test
    void nullAndBlankAreLeftToNotNullOrNotBlank() {
        // JSF submits empty inputs as "", so optional fields must accept it.
        assertEquals(Map.of(), messagesByField(new MemberForm(null, null, null, null)));
        assertEquals(Map.of(), messagesByField(new MemberForm("", " ", "", "")));
    }

    @Test
    void invalidValuesGetInterpolatedChineseMessages() {
        Map<String, String> messages = messagesByField(
                new MemberForm("510104199003071238", "91350100M000100Y44", "12800138000", "诸葛孔明先生"));
        assertEquals(Map.of(
                "idNumber", "身份证号无效，请核对 18 位号码及最后一位校验位",
                "employerCreditCode", "统一社会信用代码无效，请核对 18 位代码",
                "mobile", "手机号码格式不正确",
                "name", "长度不能超过 4 个字符"), messages);
    }

    @Test
    void maxCodePointsCountsSupplementaryCharactersOnce() {
        assertEquals(Map.of(), messagesByField(new MemberForm(null, null, null, JI.repeat(4))));
        assertEquals(Map.of("name", "长度不能超过 4 个字符"),
                messagesByField(new MemberForm(null, null, null, JI.repeat(5))));
    }

    @Test
    void englishMessagesComeFromTheEnglishBundle() {
        ConstraintViolation<MemberForm> violation = validator.validate(
                new MemberForm(null, null, "12800138000", JI.repeat(5))).stream()
                .filter(v -> v.getPropertyPath().toString().equals("name")).findFirst().orElseThrow();
        assertEquals("Must not be longer than 4 characters", interpolate(violation, Locale.ENGLISH));
    }

    @Test
    void chineseViewLocaleGetsChineseEvenWhenServerLocaleIsEnglish() {
        // JSF passes the view locale (zh_CN); ResourceBundle would fall back to the JVM default locale's bundle
        // (English on many servers) unless a zh_CN bundle exists.
        Locale.setDefault(Locale.ENGLISH);
        try (ValidatorFactory englishServer = Validation.buildDefaultValidatorFactory()) {
            ConstraintViolation<MemberForm> violation = englishServer.getValidator().validate(
                    new MemberForm(null, null, "12800138000", null)).iterator().next();
            assertEquals("Invalid mobile phone number", violation.getMessage());
            assertEquals("手机号码格式不正确",
                    interpolate(englishServer.getMessageInterpolator(), violation, Locale.SIMPLIFIED_CHINESE));
        } finally {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        }
    }

    @Test
    void existingEntityMessagesAreInTheBundle() {
        ConstraintViolation<MemberForm> violation = validator.validate(
                new MemberForm(null, null, "12800138000", null)).iterator().next();
        MessageInterpolator interpolator = factory.getMessageInterpolator();
        assertEquals("行政区划代码必须是以 51 开头的 6 位数字",
                interpolator.interpolate("{region.code.invalid}", context(violation), Locale.SIMPLIFIED_CHINESE));
        assertEquals("用户名只能包含字母、数字和 _.@-，长度 3–64",
                interpolator.interpolate("{account.username.invalid}", context(violation), Locale.SIMPLIFIED_CHINESE));
        assertEquals("Region code must be 6 digits starting with 51",
                interpolator.interpolate("{region.code.invalid}", context(violation), Locale.ENGLISH));
    }

    private static String interpolate(ConstraintViolation<?> violation, Locale locale) {
        return interpolate(factory.getMessageInterpolator(), violation, locale);
    }

    private static String interpolate(MessageInterpolator interpolator, ConstraintViolation<?> violation,
            Locale locale) {
        return interpolator.interpolate(violation.getMessageTemplate(), context(violation), locale);
    }

    private static MessageInterpolator.Context context(ConstraintViolation<?> violation) {
        return new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
