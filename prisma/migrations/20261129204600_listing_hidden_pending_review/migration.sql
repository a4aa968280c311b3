-- A listing enough independent members reported is hidden pending an admin's review.
ALTER TYPE "ListingStatus" ADD VALUE 'hidden';
