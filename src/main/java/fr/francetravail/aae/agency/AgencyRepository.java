package fr.francetravail.aae.agency;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.ListPagingAndSortingRepository;

interface AgencyRepository extends ListCrudRepository<Agency, String>, ListPagingAndSortingRepository<Agency, String> {
}
