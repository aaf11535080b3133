package th.go.cdd.cdvl.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who reads personal data (PDPA). Personal data here is of two kinds, marked on the view's field by
 * the contract extension {@value #EXTENSION}:
 * <ul>
 * <li>{@value #NAME}: a member's name;</li>
 * <li>{@value #CONTACT}: how to reach a person: a member's or a center's phone, a partner's contact
 * person and phone.</li>
 * </ul>
 * The rule, for a record whose place is the geocode {@code area}:
 * <ul>
 * <li>{@code admin} and {@code national} read both kinds;</li>
 * <li>a province or district officer reads both when their area covers {@code area}, neither
 * otherwise;</li>
 * <li>an {@code api-client} reads both inside its area only with the role
 * {@code api-client-personal-data} (a data-sharing agreement), neither without it;</li>
 * <li>a {@code viewer} reads names inside its area, never contacts.</li>
 * </ul>
 * Example: {@code demo.viewer52} reading member นางสมศรี มีสุข of a center in 520101 sees her name but
 * not her phone; {@code demo.district5201} reading a partner of the whole province (area 52) sees
 * the partner but not its contact person, since 52 is wider than 5201. A field the caller may not
 * read is left out of the answer (views are written with {@code NON_NULL}).
 */
@ApplicationScoped
public class PersonalData {

    /** The OpenAPI extension on a personal field; its value is the kind. */
    public static final String EXTENSION = "x-personal-data";
    public static final String NAME = "name";
    public static final String CONTACT = "contact";

    private static final Set<String> BOTH = Set.of(NAME, CONTACT);
    private static final Set<String> NAMES = Set.of(NAME);

    /** Each view type's shape, found once by reflection. */
    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private final CurrentUser user;

    public PersonalData(CurrentUser user) {
        this.user = user;
    }

    /** The kinds of personal data of a record in {@code area} the caller may read. */
    public Set<String> readable(String area) {
        Set<Role> roles = user.roles();
        if (roles.contains(Role.ADMIN) || roles.contains(Role.NATIONAL)) {
            return BOTH;
        }
        if (!user.scope().covers(area)) {
            return Set.of();
        }
        if (roles.contains(Role.PROVINCE_OFFICER) || roles.contains(Role.DISTRICT_OFFICER)) {
            return BOTH;
        }
        if (roles.contains(Role.API_CLIENT)) {
            return roles.contains(Role.API_CLIENT_PERSONAL_DATA) ? BOTH : Set.of();
        }
        return roles.contains(Role.VIEWER) ? NAMES : Set.of();
    }

    /** {@code view} as the caller may see it: the personal fields they may not read set to null. */
    public <T extends Record> T shown(T view, String area) {
        Shape shape = SHAPES.computeIfAbsent(view.getClass(), Shape::of);
        if (shape.personal.isEmpty()) {
            return view;
        }
        Set<String> readable = readable(area);
        if (readable.containsAll(shape.personal.values())) {
            return view;
        }
        return shape.without(view, readable);
    }

    /**
     * The personal fields of a view and their kinds, e.g. {@code {fullName=name, phone=contact}} for
     * a member; the audit trail keeps this beside each snapshot, to hide and to erase by it.
     */
    public static Map<String, String> fieldsOf(Class<?> viewType) {
        return SHAPES.computeIfAbsent(viewType, Shape::of).personal;
    }

    /** A snapshot (field → value) without the fields of the kinds the caller may not read. */
    public Map<String, Object> shown(Map<String, Object> snapshot, Map<String, String> personal, String area) {
        if (snapshot == null || personal == null || personal.isEmpty()) {
            return snapshot;
        }
        Set<String> readable = readable(area);
        Map<String, Object> shown = new LinkedHashMap<>(snapshot);
        personal.forEach((field, kind) -> {
            if (!readable.contains(kind)) {
                shown.remove(field);
            }
        });
        return shown;
    }

    /** A record type's components, its canonical constructor and which components are personal. */
    private record Shape(Map<String, String> personal, String[] names, MethodHandle[] accessors, MethodHandle constructor) {

        static Shape of(Class<?> type) {
            if (!type.isRecord()) {
                return new Shape(Map.of(), new String[0], new MethodHandle[0], null);
            }
            RecordComponent[] components = type.getRecordComponents();
            Map<String, String> personal = new HashMap<>();
            String[] names = new String[components.length];
            MethodHandle[] accessors = new MethodHandle[components.length];
            try {
                MethodHandles.Lookup lookup = MethodHandles.publicLookup();
                for (int i = 0; i < components.length; i++) {
                    String name = components[i].getName();
                    names[i] = name;
                    accessors[i] = lookup.unreflect(components[i].getAccessor());
                    kindOf(type, name).ifPresent(kind -> personal.put(name, kind));
                }
                Constructor<?> canonical = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                return new Shape(Map.copyOf(personal), names, accessors, lookup.unreflectConstructor(canonical));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("A view must be a public record: " + type.getName(), e);
            }
        }

        private static Optional<String> kindOf(Class<?> type, String field) throws NoSuchFieldException {
            Schema schema = type.getDeclaredField(field).getAnnotation(Schema.class);
            if (schema == null) {
                return Optional.empty();
            }
            return Arrays.stream(schema.extensions()).filter(e -> EXTENSION.equals(e.name())).map(Extension::value)
                    .findFirst();
        }

        @SuppressWarnings("unchecked")
        <T> T without(T view, Set<String> readable) {
            Object[] values = new Object[names.length];
            try {
                for (int i = 0; i < names.length; i++) {
                    String kind = personal.get(names[i]);
                    values[i] = kind != null && !readable.contains(kind) ? null : accessors[i].invoke(view);
                }
                return (T) constructor.invokeWithArguments(values);
            } catch (Throwable e) {
                throw new IllegalStateException("Could not copy " + view.getClass().getName(), e);
            }
        }
    }
}
