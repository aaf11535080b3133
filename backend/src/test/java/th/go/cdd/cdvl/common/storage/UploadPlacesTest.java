package th.go.cdd.cdvl.common.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import th.go.cdd.cdvl.common.error.ProblemException;

class UploadPlacesTest {

    @Test
    void aUsersFourthUploadAtOnceIsRefusedAndAPlaceFreedIsTakenAgain() {
        UploadPlaces places = new UploadPlaces(3, 12, "file.uploads-in-flight", "files");
        UploadPlaces.Place first = places.enter("somchai");
        places.enter("somchai");
        places.enter("somchai");
        assertThatThrownBy(() -> places.enter("somchai")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.code()).isEqualTo("file.uploads-in-flight"));
        places.enter("somsri").close(); // another user is not held up by somchai
        first.close();
        places.enter("somchai");
    }

    @Test
    void theInstancesLimitCountsEveryUserAndARefusalHoldsNoPlace() {
        UploadPlaces places = new UploadPlaces(3, 2, "file.uploads-in-flight", "files");
        UploadPlaces.Place a = places.enter("a");
        places.enter("b");
        assertThatThrownBy(() -> places.enter("c")).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.code()).isEqualTo("service.busy"));
        a.close();
        // c's refused attempt left c no place in flight: three more of c's would now fit c's own limit
        places.enter("c");
        assertThatThrownBy(() -> places.enter("d")).isInstanceOf(ProblemException.class);
    }
}
